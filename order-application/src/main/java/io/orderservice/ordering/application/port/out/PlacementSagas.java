package io.orderservice.ordering.application.port.out;

import io.orderservice.ordering.domain.saga.PlacementSaga;
import io.orderservice.shared.OrderId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where placement sagas are kept (ADR 0014). */
public interface PlacementSagas {

    /** Stores a new saga in the caller's transaction (with its order), at version 0. */
    void insert(PlacementSaga saga);

    /**
     * Stores what changed; refuses a saga someone else changed meanwhile (optimistic version). The stored
     * version becomes the saga's version plus one.
     */
    void update(PlacementSaga saga);

    /** The saga as last committed, without a lock. */
    Optional<PlacementSaga> find(OrderId orderId);

    /** The saga, locked until the end of the transaction. */
    Optional<PlacementSaga> lock(OrderId orderId);

    /**
     * Sagas with a deadline that passed (see {@link PlacementSaga#isDue}), oldest first, locked, and
     * skipped when another instance holds them.
     */
    List<PlacementSaga> lockDue(Instant now, int limit);

    /** Parked sagas and those past a deadline by more than {@code overdueBy}: what an operator should look at. */
    List<StuckSaga> stuck(Instant now, Duration overdueBy);

    /** How many sagas are parked, waiting for an operator. */
    int countParked();

    record StuckSaga(OrderId orderId, PlacementSaga.Status status, String work, int attempts, String failureReason,
                     Instant startedAt, Instant updatedAt, Instant deadline) {
    }
}
