package io.orderservice.ordering.application.port.in.placement;

import io.orderservice.ordering.domain.saga.PlacementSaga;
import io.orderservice.shared.OrderId;
import java.time.Instant;

/** A placement an operator should look at: parked, or past its deadline for a while. */
public record StuckPlacement(OrderId orderId, PlacementSaga.Status status, String work, int attempts, String failureReason,
                             Instant startedAt, Instant updatedAt, Instant deadline) {
}
