package io.orderservice.payment.domain;

import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.Money;
import io.orderservice.shared.PaymentMethodType;
import io.orderservice.shared.PaymentProvider;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Chooses the gateways for a payment: the first route that matches, in the order configured, gives the
 * preferred gateway and its failovers. A payment no route matches goes to the default gateways.
 * <p>
 * A customer who chose their provider at checkout is paid there only, when the route allows it: their token was issued
 * by that provider, so failing over to another gateway could only fail (or charge a token it should not).
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

    /**
     * The gateways to try for a payment with the provider the customer chose, if any: just that provider's gateway,
     * when the route for this method and amount names it; otherwise none (the route does not offer it).
     */
    public Optional<List<String>> gatewaysFor(PaymentMethodType methodType, Money amount, PaymentProvider chosen) {
        var route = gatewaysFor(methodType, amount);
        if (chosen == null) {
            return Optional.of(route);
        }
        return route.contains(chosen.name()) ? Optional.of(List.of(chosen.name())) : Optional.empty();
    }
}
