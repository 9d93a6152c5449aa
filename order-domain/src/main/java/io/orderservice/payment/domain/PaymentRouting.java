package io.orderservice.payment.domain;

import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.Money;
import io.orderservice.shared.PaymentMethodType;
import java.util.List;
import java.util.Objects;

/**
 * Chooses the gateways for a payment: the first route that matches, in the order configured, gives the
 * preferred gateway and its failovers. A payment no route matches goes to the default gateways.
 */
public record PaymentRouting(List<GatewayRoute> routes, List<String> defaultGateways) {

    public PaymentRouting {
        routes = List.copyOf(Objects.requireNonNull(routes, "routes"));
        defaultGateways = List.copyOf(Objects.requireNonNull(defaultGateways, "defaultGateways"));
        if (defaultGateways.isEmpty()) {
            throw new InvalidValueException("payment routing needs at least one default gateway");
        }
    }

    /** The gateways to try for this payment, preferred first. Never empty. */
    public List<String> gatewaysFor(PaymentMethodType methodType, Money amount) {
        return routes.stream().filter(route -> route.matches(methodType, amount)).findFirst()
                .map(GatewayRoute::gateways).orElse(defaultGateways);
    }
}
