package io.orderservice.cart.application.port.in;

import io.orderservice.cart.domain.CartId;

/** No such cart, or none the caller reaches (answered alike, so that a cart's id cannot be probed). */
public class CartNotFoundException extends RuntimeException {

    public CartNotFoundException(CartId id) {
        super("no cart " + id);
    }
}
