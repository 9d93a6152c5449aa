package io.orderservice.cart.domain;

/** The cart cannot change now: it was checked out or merged, or its checkout is under way. */
public class CartClosedException extends RuntimeException {

    private final CartStatus status;

    public CartClosedException(CartId id, CartStatus status) {
        super(status == CartStatus.CHECKING_OUT
                ? "cart " + id + " is being checked out; check it out again to learn how that ended"
                : "cart " + id + " is " + status + " and changes no more");
        this.status = status;
    }

    public CartStatus status() {
        return status;
    }
}
