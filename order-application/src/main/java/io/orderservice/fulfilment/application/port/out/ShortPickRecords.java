package io.orderservice.fulfilment.application.port.out;

import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.OrderId;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What each short pick reported and what came of it, kept in the transaction that acts on it: a report retried with its
 * Idempotency-Key after a crash lost its answer finds its record (its id derived from the key) and is answered with it.
 */
public interface ShortPickRecords {

    Optional<RecordedShortPick> find(UUID id);

    void add(RecordedShortPick shortPick);

    /**
     * @param reallocated units now held at other locations, by location
     * @param givenUp     units no one has: taken off the order, or refunded
     * @param reportedBy  the caller's name (a token's subject)
     */
    record RecordedShortPick(UUID id, OrderId orderId, String location, int lineNumber, int missing,
                             Map<String, Integer> reallocated, int backordered, int givenUp, String reportedBy,
                             Instant reportedAt) {
        public RecordedShortPick {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(orderId, "orderId");
            Objects.requireNonNull(reportedAt, "reportedAt");
            reallocated = Map.copyOf(reallocated);
            if (missing < 1 || backordered < 0 || givenUp < 0) {
                throw new InvalidValueException("a short pick is of at least one unit, and none of its outcomes negative");
            }
        }
    }
}
