package io.orderservice.ordering.application.port.in.placement;

import io.orderservice.ordering.domain.saga.PlacementSaga;
import io.orderservice.shared.OrderId;
import java.time.Instant;
import java.util.List;

/**
 * Where an order's placement saga stands, for operators: its status, the work it does or waits to do
 * (a step or a compensation), how often that was tried, why it last failed, the deadline, and what would
 * be undone if it failed now (the most recent first).
 */
public record PlacementView(OrderId orderId, PlacementSaga.Status status, String work, int attempts, String failureReason,
                            Instant deadline, int paymentAttempt, List<PlacementSaga.Compensation> pendingCompensations) {

    public static PlacementView of(PlacementSaga saga) {
        var work = saga.step().map(Enum::name).or(() -> saga.nextCompensation().map(Enum::name)).orElse(null);
        return new PlacementView(saga.orderId(), saga.status(), work, saga.attempts(), saga.failureReason().orElse(null),
                saga.nextAttemptAt().orElse(null), saga.paymentAttempt(), saga.pendingCompensations());
    }
}
