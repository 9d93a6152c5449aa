package io.orderservice.inventory.domain.event;

import io.orderservice.shared.OrderId;
import java.time.Instant;

/** What inventory tells the orders whose units wait for a restock; recorded by the backorder queue, never by services. */
public sealed interface StockEvent permits BackorderFilled, RestockPostponed {

    OrderId orderId();

    Instant occurredAt();
}
