package io.orderservice.inventory.domain.event;

import io.orderservice.shared.OrderId;
import io.orderservice.shared.Sku;
import java.time.Instant;
import java.util.Objects;

/** Restocks reserved every unit of a SKU an order waited for. */
public record BackorderFilled(OrderId orderId, Sku sku, int quantity, Instant occurredAt) implements StockEvent {

    public BackorderFilled {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
