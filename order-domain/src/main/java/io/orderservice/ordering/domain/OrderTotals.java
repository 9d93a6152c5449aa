package io.orderservice.ordering.domain;

import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.Money;
import java.util.Currency;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The money of an order. Holds the invariant that the grand total is exactly
 * subtotal − discount + tax + shipping, in one currency, with no negative part.
 */
public record OrderTotals(Money subtotal, Money discount, Money tax, Money shipping, Money grandTotal) {

    public OrderTotals {
        Stream.of(subtotal, discount, tax, shipping, grandTotal).forEach(Objects::requireNonNull);
        var currency = subtotal.currency();
        if (Stream.of(discount, tax, shipping, grandTotal).anyMatch(m -> !m.currency().equals(currency))) {
            throw new InvalidValueException("all totals of an order must be in " + currency);
        }
        if (Stream.of(subtotal, discount, tax, shipping).anyMatch(Money::isNegative)) {
            throw new InvalidValueException("order totals must not be negative");
        }
        if (discount.isGreaterThan(subtotal)) {
            throw new InvalidValueException("discount " + discount + " exceeds the subtotal " + subtotal);
        }
        if (!grandTotal.equals(subtotal.minus(discount).plus(tax).plus(shipping))) {
            throw new InvalidValueException("grand total " + grandTotal + " is not subtotal − discount + tax + shipping");
        }
    }

    public static OrderTotals of(Money subtotal, Money discount, Money tax, Money shipping) {
        return new OrderTotals(subtotal, discount, tax, shipping, subtotal.minus(discount).plus(tax).plus(shipping));
    }

    public Currency currency() {
        return subtotal.currency();
    }
}
