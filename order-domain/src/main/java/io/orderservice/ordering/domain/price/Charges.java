package io.orderservice.ordering.domain.price;

import io.orderservice.shared.Money;
import io.orderservice.ordering.domain.OrderTotals;
import java.util.Objects;

/**
 * What pricing puts on an order's lines: the discount off them, the tax, the shipping charged (after any
 * shipping discount) and how it ships, whether the prices include the tax, the included tax the buyer does not
 * owe, and the details that explain it all.
 *
 * @param shippingMethod the carrier's service and delivery estimate, or null when the shipping was not priced by one
 */
public record Charges(Money discount, Money tax, Money shipping, ShippingMethod shippingMethod, boolean taxIncluded,
                      Money taxRelief, PriceDetails details) {

    public Charges {
        Objects.requireNonNull(discount, "discount");
        Objects.requireNonNull(tax, "tax");
        Objects.requireNonNull(shipping, "shipping");
        Objects.requireNonNull(taxRelief, "taxRelief");
        Objects.requireNonNull(details, "details");
    }

    /** Prices that exclude tax, with nothing to explain. */
    public static Charges of(Money discount, Money tax, Money shipping) {
        return new Charges(discount, tax, shipping, null, false, Money.zero(discount.currency()), PriceDetails.none());
    }

    public OrderTotals totalsFor(Money subtotal) {
        return OrderTotals.of(subtotal, discount, tax, shipping, taxIncluded, taxRelief);
    }
}
