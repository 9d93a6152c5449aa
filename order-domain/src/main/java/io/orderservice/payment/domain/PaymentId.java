package io.orderservice.payment.domain;

import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.OrderId;
import java.nio.charset.StandardCharsets;
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

    /**
     * The payment of an order's n-th payment attempt, the same every time it is derived: a step that is
     * run again after a crash asks the gateway with the same idempotency key, so it can never authorise twice.
     */
    public static PaymentId forAttempt(OrderId orderId, int attempt) {
        if (attempt < 1) {
            throw new InvalidValueException("payment attempts count from 1");
        }
        return new PaymentId(UUID.nameUUIDFromBytes(("payment:" + orderId + ":" + attempt).getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * The payment that re-authorises an order for a new total after its lines changed at {@code orderVersion}:
     * the same for every retry of that change, so the gateway is never asked twice for it.
     */
    public static PaymentId forAmendment(OrderId orderId, long orderVersion) {
        return new PaymentId(UUID.nameUUIDFromBytes(("payment:" + orderId + ":amendment:" + orderVersion)
                .getBytes(StandardCharsets.UTF_8)));
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
