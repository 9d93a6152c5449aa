package io.orderservice.ordering.application.port.out;

import io.orderservice.ordering.domain.saga.PlacementSaga;
import io.orderservice.shared.OrderId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where placement sagas are kept (ADR 0014). */
public interface PlacementSagas {

    /** Stores a new saga in the caller's transaction (with its order). */
    void insert(PlacementSaga saga);

    /** Stores what changed; refuses a saga someone else changed meanwhile (optimistic version). */
    void update(PlacementSaga saga);

    /** The saga, locked until the end of the transaction. */
    Optional<PlacementSaga> lock(OrderId orderId);

    /**
     * Sagas whose next attempt is due (running or compensating), or whose payment retry window has
     * closed, oldest first, locked and skipped by other instances doing the same.
     */
    List<PlacementSaga> lockDue(Instant now, int limit);

    /** Parked sagas and those overdue by more than {@code overdueBy}: what an operator should look at. */
    List<StuckSaga> stuck(Instant now, java.time.Duration overdueBy);

    record StuckSaga(OrderId orderId, PlacementSaga.Status status, String step, int attempts, String failureReason,
                     Instant startedAt, Instant updatedAt) {
    }
}
