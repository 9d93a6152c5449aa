package io.orderservice.payment.domain;

import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.Money;
import io.orderservice.shared.PaymentMethodType;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One routing rule: payments of these method types, in these currencies, between these amounts go to
 * these gateways, the first preferred and the others its failovers. An empty set matches everything.
 *
 * @param minimum inclusive, in major units of the payment's currency (100.00); null for no minimum
 * @param maximum inclusive, in major units; null for no maximum
 */
public record GatewayRoute(Set<PaymentMethodType> methodTypes, Set<Currency> currencies, BigDecimal minimum,
                           BigDecimal maximum, List<String> gateways) {

    public GatewayRoute {
        methodTypes = Set.copyOf(Objects.requireNonNull(methodTypes, "methodTypes"));
        currencies = Set.copyOf(Objects.requireNonNull(currencies, "currencies"));
        gateways = List.copyOf(Objects.requireNonNull(gateways, "gateways"));
        if (gateways.isEmpty()) {
            throw new InvalidValueException("a payment route needs at least one gateway");
        }
        if (gateways.stream().distinct().count() != gateways.size()) {
            throw new InvalidValueException("a payment route names a gateway twice: " + gateways);
        }
        if (minimum != null && minimum.signum() < 0 || minimum != null && maximum != null && maximum.compareTo(minimum) < 0) {
            throw new InvalidValueException("a payment route's amount band must be 0 <= minimum <= maximum");
        }
    }

    public boolean matches(PaymentMethodType methodType, Money amount) {
        return (methodTypes.isEmpty() || methodTypes.contains(methodType))
                && (currencies.isEmpty() || currencies.contains(amount.currency()))
                && (minimum == null || amount.toDecimal().compareTo(minimum) >= 0)
                && (maximum == null || amount.toDecimal().compareTo(maximum) <= 0);
    }
}
