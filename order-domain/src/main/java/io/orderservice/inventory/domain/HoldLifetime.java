package io.orderservice.inventory.domain;

import io.orderservice.shared.InvalidValueException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How long stock stays held for an order whose placement has not completed. Longer than a placement can legitimately
 * take (payment retry and confirmation windows, retries of failed steps), so that it only catches placements that died.
 */
public record HoldLifetime(Duration duration) {

    public HoldLifetime {
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative() || duration.isZero()) {
            throw new InvalidValueException("a stock hold lives for some time, not " + duration);
        }
    }

    /** Holds made before this instant have lapsed at {@code now}. */
    public Instant lapsedBefore(Instant now) {
        return now.minus(duration);
    }
}
