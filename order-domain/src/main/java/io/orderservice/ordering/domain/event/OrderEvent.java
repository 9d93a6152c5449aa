package io.orderservice.ordering.domain.event;

import io.orderservice.shared.OrderId;
import java.time.Instant;

/**
 * Something that happened to an order. Events carry ids and small values, never the aggregate, so
 * that they can be stored in the outbox and published to other capabilities and systems as they are.
 */
public sealed interface OrderEvent permits OrderPlaced, OrderStatusChanged, OrderModified, OrderShipped, OrderCancelled,
        OrderRefundRequested, OrderCompleted {

    OrderId orderId();

    /**
     * Position of this event in its order's history, 0 for the placement. Delivery is at least once and
     * may reorder (a retried event can arrive after a later one), so consumers order and deduplicate by it.
     */
    int sequence();

    Instant occurredAt();
}
