package io.orderservice.cart.domain;

import io.orderservice.shared.Sku;

/**
 * A line of an anonymous cart that did not go into its shopper's cart as it was, and why: the shopper is shown these.
 *
 * @param wanted the units the shopper's two carts held together
 * @param merged the units the merged cart holds (in its lines to buy; for {@code SAVED_FOR_LATER}, among those saved)
 */
public record MergeAdjustment(Sku sku, int wanted, int merged, Reason reason) {

    public enum Reason {
        /** Capped at the units there are to sell (the SKU is sold from stock only). */
        STOCK,
        /** Capped at the most one line may hold. */
        LINE_LIMIT,
        /** Nothing of it to sell: kept among the lines saved for later. */
        SAVED_FOR_LATER,
        /** The cart holds as many lines as it may: left out. */
        CART_FULL
    }
}
