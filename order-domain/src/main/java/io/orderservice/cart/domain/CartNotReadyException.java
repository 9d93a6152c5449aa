package io.orderservice.cart.domain;

/** The cart cannot be checked out as it is: nothing to buy, no shipping address, or a line that cannot be had. */
public class CartNotReadyException extends RuntimeException {

    public CartNotReadyException(String message) {
        super(message);
    }
}
