package io.orderservice.ordering.domain.saga;

import io.orderservice.shared.OrderId;
import java.util.Objects;

/**
 * The placement saga of an order has dispatched work (a step or a compensation). Published through the
 * outbox in the transaction that dispatched the work; its delivery runs the saga's work, step after step,
 * until the saga comes to rest, and completes only then — so a process that dies anywhere in between
 * leaves it incomplete, and its redelivery after a restart goes on from the last step recorded.
 * Delivered twice, the second run finds nothing dispatched or loses every race to the first (each step
 * records its outcome only if the saga is still where the step found it). Internal to ordering: not
 * externalized.
 */
public record PlacementWorkDue(OrderId orderId) {

    public PlacementWorkDue {
        Objects.requireNonNull(orderId, "orderId");
    }
}
