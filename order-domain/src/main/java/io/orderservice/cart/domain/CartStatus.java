package io.orderservice.cart.domain;

/**
 * Where a cart stands. Only an open cart changes; a checkout that was refused opens it again.
 * <ul>
 * <li>{@code OPEN}: being filled.</li>
 * <li>{@code CHECKING_OUT}: its order is being placed; it learns the outcome from the placement or the order's events.</li>
 * <li>{@code CHECKED_OUT}: its order was accepted (final).</li>
 * <li>{@code MERGED}: an anonymous cart whose lines went into its shopper's cart at login (final).</li>
 * </ul>
 */
public enum CartStatus {
    OPEN, CHECKING_OUT, CHECKED_OUT, MERGED;

    public boolean isFinal() {
        return this == CHECKED_OUT || this == MERGED;
    }
}
