package io.orderservice.cart.application.port.in;

import io.orderservice.cart.domain.CartId;

/**
 * Prices an open cart again as things stand now — a promotion that ended, a price or a SKU's stock that moved — and
 * stores it (a new version, which its open sessions receive) only when what it shows changed. A cart that is not open,
 * or cannot be priced now, is left as it is.
 */
public interface RefreshCartUseCase {

    /** @return whether the cart changed */
    boolean refresh(CartId id);
}
