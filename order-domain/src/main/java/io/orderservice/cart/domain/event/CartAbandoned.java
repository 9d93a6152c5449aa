package io.orderservice.cart.domain.event;

import io.orderservice.cart.domain.CartId;
import io.orderservice.shared.CustomerId;
import io.orderservice.shared.Money;
import io.orderservice.shared.Sku;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An open cart with something to buy was left alone for the shop's idle time ({@code order-service.carts.abandoned-after}):
 * the cue for a reminder. Recorded once per idle spell; a change to the cart starts a new one.
 *
 * @param customer  whose cart it is; null for an anonymous cart
 * @param total     what it cost when it was last priced
 * @param lastChanged when its shopper last changed it
 */
public record CartAbandoned(CartId cartId, CustomerId customer, Money total, List<Line> lines, Instant lastChanged,
                            Instant occurredAt) {

    public CartAbandoned {
        Objects.requireNonNull(cartId, "cartId");
        Objects.requireNonNull(total, "total");
        lines = List.copyOf(lines);
    }

    /** A line to buy: so many units of a SKU. */
    public record Line(Sku sku, int quantity) {
    }
}
