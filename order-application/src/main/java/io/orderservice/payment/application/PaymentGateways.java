package io.orderservice.payment.application;

import io.orderservice.payment.application.port.out.PaymentGateway;
import io.orderservice.payment.domain.PaymentRouting;
import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.PaymentProvider;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The gateways this service has, by name; checked at start-up against the routing that names them. */
@Component
class PaymentGateways {

    private final Map<String, PaymentGateway> byName;

    PaymentGateways(List<PaymentGateway> gateways, PaymentRouting routing) {
        for (var gateway : gateways) {
            try {
                new PaymentProvider(gateway.name()); // the name a customer gives to choose it at checkout
            } catch (InvalidValueException e) {
                throw new IllegalStateException("payment gateway " + gateway.name() + " is misnamed: " + e.getMessage(), e);
            }
        }
        this.byName = gateways.stream().collect(Collectors.toUnmodifiableMap(PaymentGateway::name, Function.identity()));
        var named = new TreeSet<>(routing.defaultGateways());
        routing.routes().forEach(route -> named.addAll(route.gateways()));
        named.removeAll(byName.keySet());
        if (!named.isEmpty()) {
            throw new IllegalStateException("payment routing names gateways this service does not have: " + named
                    + "; it has " + new TreeSet<>(byName.keySet()));
        }
    }

    Set<String> names() {
        return byName.keySet();
    }

    PaymentGateway named(String name) {
        var gateway = byName.get(name);
        if (gateway == null) {
            throw new IllegalStateException("no payment gateway named " + name);
        }
        return gateway;
    }
}
