package io.orderservice.ordering.domain.saga;

import io.orderservice.shared.InvalidValueException;
import java.time.Duration;

/**
 * How patient the placement saga is: how long a step may take before it counts as failed, how often a
 * step that failed for technical reasons is tried before the saga is parked for an operator, how long
 * it waits between tries (doubling), and how long a customer has to retry a declined payment (or to
 * complete a payment's confirmation) before the order is cancelled and its stock released.
 */
public record SagaPolicy(int maxAttempts, Duration firstBackoff, Duration stepTimeout, Duration paymentRetryWindow) {

    public SagaPolicy {
        if (maxAttempts < 1) {
            throw new InvalidValueException("a saga step is tried at least once");
        }
        for (var duration : new Duration[] {firstBackoff, stepTimeout, paymentRetryWindow}) {
            if (duration == null || duration.isNegative()) {
                throw new InvalidValueException("saga backoff, step timeout and payment retry window must not be negative");
            }
        }
        if (stepTimeout.isZero()) {
            throw new InvalidValueException("a saga step needs some time to run");
        }
    }

    Duration backoffAfter(int attempts) {
        return firstBackoff.multipliedBy(1L << Math.min(attempts - 1, 20));
    }
}
