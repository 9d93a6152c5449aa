package io.orderservice.cart.domain;

/** The cart has no line of that id (never had, or it was removed). */
public class CartLineNotFoundException extends RuntimeException {

    public CartLineNotFoundException(CartId cart, int lineId) {
        super("cart " + cart + " has no line " + lineId);
    }
}
