package io.orderservice.shared;

import java.util.Objects;
import java.util.UUID;

/** Identity of an order. In the shared kernel because every capability refers to orders by it. */
public record OrderId(UUID value) {

    public OrderId {
        Objects.requireNonNull(value, "value");
    }

    public static OrderId newId() {
        return new OrderId(UUID.randomUUID());
    }

    public static OrderId of(String value) {
        try {
            return new OrderId(UUID.fromString(value));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidValueException("'" + value + "' is not an order id");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
