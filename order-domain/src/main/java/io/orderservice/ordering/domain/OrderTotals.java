package io.orderservice.ordering.domain;

import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.Money;
import java.util.Currency;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The money of an order, in one currency, with no negative part. When prices exclude tax the grand total is
 * exactly {@code subtotal − discount + tax + shipping}. When they include it ({@code taxIncluded}) the tax is
 * already inside the subtotal and shipping and is shown, not added: {@code subtotal − discount + shipping −
 * taxRelief}, where {@code taxRelief} is the tax those prices include that this buyer does not owe (an exempt
 * buyer, a reverse-charged business), taken off.
 */
public record OrderTotals(Money subtotal, Money discount, Money tax, Money shipping, Money grandTotal, boolean taxIncluded,
                          Money taxRelief) {

    public OrderTotals {
        Stream.of(subtotal, discount, tax, shipping, grandTotal, taxRelief).forEach(Objects::requireNonNull);
        var currency = subtotal.currency();
        if (Stream.of(discount, tax, shipping, grandTotal, taxRelief).anyMatch(m -> !m.currency().equals(currency))) {
            throw new InvalidValueException("all totals of an order must be in " + currency);
        }
        if (Stream.of(subtotal, discount, tax, shipping, taxRelief).anyMatch(Money::isNegative)) {
            throw new InvalidValueException("order totals must not be negative");
        }
        if (discount.isGreaterThan(subtotal)) {
            throw new InvalidValueException("discount " + discount + " exceeds the subtotal " + subtotal);
        }
        if (!taxIncluded && !taxRelief.isZero()) {
            throw new InvalidValueException("only prices that include tax can have included tax taken off");
        }
        if (!grandTotal.equals(grandTotalOf(subtotal, discount, tax, shipping, taxIncluded, taxRelief))) {
            throw new InvalidValueException("grand total " + grandTotal + " is not " + (taxIncluded
                    ? "subtotal − discount + shipping − taxRelief" : "subtotal − discount + tax + shipping"));
        }
        if (grandTotal.isNegative()) {
            throw new InvalidValueException("the grand total must not be negative");
        }
    }

    /** Totals of prices that exclude tax. */
    public OrderTotals(Money subtotal, Money discount, Money tax, Money shipping, Money grandTotal) {
        this(subtotal, discount, tax, shipping, grandTotal, false, Money.zero(subtotal.currency()));
    }

    /** Totals of prices that exclude tax. */
    public static OrderTotals of(Money subtotal, Money discount, Money tax, Money shipping) {
        return of(subtotal, discount, tax, shipping, false, Money.zero(subtotal.currency()));
    }

    public static OrderTotals of(Money subtotal, Money discount, Money tax, Money shipping, boolean taxIncluded,
                                 Money taxRelief) {
        return new OrderTotals(subtotal, discount, tax, shipping,
                grandTotalOf(subtotal, discount, tax, shipping, taxIncluded, taxRelief), taxIncluded, taxRelief);
    }

    private static Money grandTotalOf(Money subtotal, Money discount, Money tax, Money shipping, boolean taxIncluded,
                                      Money taxRelief) {
        var beforeTax = subtotal.minus(discount).plus(shipping);
        return taxIncluded ? beforeTax.minus(taxRelief) : beforeTax.plus(tax);
    }

    /**
     * What the customer pays for the goods (not shipping): the lines after discount, with their tax. Tax taken
     * off included prices counts against the goods.
     */
    public Money goods() {
        var afterDiscount = subtotal.minus(discount);
        return taxIncluded ? afterDiscount.minus(taxRelief) : afterDiscount.plus(tax);
    }

    public Currency currency() {
        return subtotal.currency();
    }
}
