package io.orderservice.ordering.domain;

import io.orderservice.shared.InvalidValueException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** How long after delivery a customer may still ask to return an order; after that a delivered order is complete. */
public record ReturnWindow(Duration duration) {

    public ReturnWindow {
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative()) {
            throw new InvalidValueException("a return window is not negative, not " + duration);
        }
    }

    /** Orders delivered before this instant are past their window at {@code now}. */
    public Instant closedForDeliveriesBefore(Instant now) {
        return now.minus(duration);
    }
}
