package io.orderservice.payment.domain;

import io.orderservice.shared.InvalidValueException;
import java.util.List;

/**
 * How often a capture, void or refund is sent to its gateway before it is parked for an operator: each try that the
 * gateway refuses or does not answer is recorded on the payment, and once {@code limit} have failed, the operation is
 * not sent again by itself (a refused capture retried by the outbox every minute for ever adds a failed transaction
 * each time and never succeeds).
 */
public record OperationAttempts(int limit) {

    public OperationAttempts {
        if (limit < 1 || limit > 100) {
            throw new InvalidValueException("money operations are tried 1 to 100 times, not " + limit);
        }
    }

    /** Whether the operation with this key has failed too often on this payment to be sent again by itself. */
    public boolean exhausted(Payment payment, String idempotencyKey) {
        return payment.failedAttempts(idempotencyKey) >= limit;
    }

    /** The keys of the payment's operations parked now: failed as often as allowed since last resumed. */
    public List<String> parked(Payment payment) {
        return payment.failedOperationKeys().stream().filter(key -> exhausted(payment, key)).toList();
    }
}
