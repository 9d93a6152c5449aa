package io.orderservice.cart.application.port.in;

import io.orderservice.cart.domain.CartId;

/** The cart is no longer at the version the caller read it at (If-Match): someone changed it meanwhile. */
public class StaleCartException extends RuntimeException {

    private final long currentVersion;

    public StaleCartException(CartId id, long currentVersion) {
        super("cart " + id + " has changed since it was read (it is at version " + currentVersion + "); read it again");
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
