package io.orderservice.ordering.domain.event;

import io.orderservice.shared.OrderId;
import java.time.Instant;

/**
 * Something that happened to an order. Events carry ids and small values, never the aggregate, so
 * that they can be stored in the outbox and published to other capabilities and systems as they are.
 */
public sealed interface OrderEvent permits OrderPlaced, OrderStatusChanged {

    OrderId orderId();

    Instant occurredAt();
}
