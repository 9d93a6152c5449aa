package io.orderservice.payment.domain;

import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.Money;
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
     * The payment proposed to re-authorise an order for {@code newTotal} after a change of its lines at
     * {@code orderVersion}: the same for every retry of that change, so the gateway is never asked twice for it; another
     * change at the same version (another total) gets another. {@code generation} counts from 1 and moves on only when
     * the proposal before was withdrawn, so that a change retried after that is asked for afresh.
     */
    public static PaymentId forProposal(OrderId orderId, long orderVersion, Money newTotal, int generation) {
        if (generation < 1) {
            throw new InvalidValueException("proposal generations count from 1");
        }
        return new PaymentId(UUID.nameUUIDFromBytes(("payment:" + orderId + ":proposal:" + orderVersion + ":" + newTotal
                + ":" + generation).getBytes(StandardCharsets.UTF_8)));
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
