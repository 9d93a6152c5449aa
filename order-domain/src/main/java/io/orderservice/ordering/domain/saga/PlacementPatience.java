package io.orderservice.ordering.domain.saga;

import io.orderservice.shared.InvalidValueException;
import java.time.Duration;

/**
 * How long a request that places an order waits for the payment's gateway ({@code order-service.placement.answer-within})
 * before it is answered that the placement is at work; the saga goes on without it.
 */
public record PlacementPatience(Duration answerWithin) {

    public PlacementPatience {
        if (answerWithin == null || answerWithin.isNegative()) {
            throw new InvalidValueException("a placement's answer-within must not be negative");
        }
    }
}
