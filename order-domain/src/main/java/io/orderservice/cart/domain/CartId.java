package io.orderservice.cart.domain;

import io.orderservice.shared.InvalidValueException;
import java.util.Objects;
import java.util.UUID;

/**
 * Identity of a cart. A random (version 4) UUID from a cryptographically strong generator: 122 random bits, so an
 * anonymous cart's id is the secret that reaches it (docs/carts.md).
 */
public record CartId(UUID value) {

    public CartId {
        Objects.requireNonNull(value, "value");
    }

    public static CartId newId() {
        return new CartId(UUID.randomUUID());
    }

    public static CartId of(String value) {
        try {
            return new CartId(UUID.fromString(value));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidValueException("'" + value + "' is not a cart id");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
