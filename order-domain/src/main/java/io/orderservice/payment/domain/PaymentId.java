package io.orderservice.payment.domain;

import io.orderservice.shared.InvalidValueException;
import java.util.Objects;
import java.util.UUID;

/** Identity of one payment: one attempt to pay one order with one payment method. */
public record PaymentId(UUID value) {

    public PaymentId {
        Objects.requireNonNull(value, "value");
    }

    public static PaymentId newId() {
        return new PaymentId(UUID.randomUUID());
    }

    public static PaymentId of(String value) {
        try {
            return new PaymentId(UUID.fromString(value));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidValueException("'" + value + "' is not a payment id");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
