package io.orderservice.payment.gateway;

import io.orderservice.payment.domain.GatewayRoute;
import io.orderservice.payment.domain.PaymentRouting;
import io.orderservice.shared.PaymentMethodType;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which gateways take which payments ({@code order-service.payment.routing}, docs/payments.md): routes
 * in order of precedence, each with the gateways to try (preferred first, then failovers), and the
 * default gateways for a payment no route matches.
 */
@ConfigurationProperties("order-service.payment.routing")
record PaymentRoutingProperties(List<Route> routes, List<String> defaultGateways) {

    PaymentRoutingProperties {
        routes = routes == null ? List.of() : List.copyOf(routes);
        defaultGateways = defaultGateways == null ? List.of() : List.copyOf(defaultGateways);
    }

    /**
     * @param minimum  inclusive, in major units of the payment's currency (e.g. 100.00); none if absent
     * @param maximum  inclusive, in major units; none if absent
     */
    record Route(Set<PaymentMethodType> methodTypes, Set<Currency> currencies, BigDecimal minimum, BigDecimal maximum,
                 List<String> gateways) {
    }

    PaymentRouting toRouting() {
        return new PaymentRouting(routes.stream().map(PaymentRoutingProperties::toRoute).toList(), defaultGateways);
    }

    private static GatewayRoute toRoute(Route route) {
        return new GatewayRoute(route.methodTypes() == null ? Set.of() : route.methodTypes(),
                route.currencies() == null ? Set.of() : route.currencies(), route.minimum(), route.maximum(),
                route.gateways() == null ? List.of() : route.gateways());
    }
}
