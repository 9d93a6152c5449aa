package io.orderservice.risk.domain;

import io.orderservice.shared.InvalidValueException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** How far back "recent" orders count for the velocity rules of {@link RiskRules}. */
public record VelocityWindow(Duration length) {

    public VelocityWindow {
        Objects.requireNonNull(length, "length");
        if (length.isNegative() || length.isZero()) {
            throw new InvalidValueException("the velocity window must be longer than nothing, not " + length);
        }
    }

    /** Orders at or after this instant are recent at {@code now}. */
    public Instant since(Instant now) {
        return now.minus(length);
    }
}
