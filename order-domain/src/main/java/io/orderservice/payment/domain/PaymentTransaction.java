package io.orderservice.payment.domain;

import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.Money;
import java.time.Instant;
import java.util.Objects;

/**
 * One exchange with the gateway about a payment, kept for ever: what was asked, for how much, the
 * gateway's reference and the idempotency key it was sent with (a retried call with the same key
 * never moves money twice).
 *
 * @param pending          the gateway accepted it and will say later whether it succeeded (refunds may); a later
 *                         transaction with the same key settles it
 * @param gatewayReference the gateway's id for this transaction; null when the gateway never answered
 * @param detail           the gateway's code and message for a refusal or a failure, else null
 */
public record PaymentTransaction(TransactionKind kind, Money amount, boolean succeeded, boolean pending,
                                 String gatewayReference, String idempotencyKey, String detail, Instant at) {

    /** A transaction the gateway answered at once: succeeded or not. */
    public PaymentTransaction(TransactionKind kind, Money amount, boolean succeeded, String gatewayReference,
                              String idempotencyKey, String detail, Instant at) {
        this(kind, amount, succeeded, false, gatewayReference, idempotencyKey, detail, at);
    }

    public PaymentTransaction {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(at, "at");
        if (amount.isNegative()) {
            throw new InvalidValueException("a payment transaction's amount cannot be negative");
        }
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 255) {
            throw new InvalidValueException("a payment transaction needs an idempotency key of 1-255 characters");
        }
        if (pending && (succeeded || gatewayReference == null)) {
            throw new InvalidValueException("a pending transaction has not succeeded yet and has the gateway's reference");
        }
    }
}
