package io.orderservice.inventory.domain.event;

import io.orderservice.shared.OrderId;
import io.orderservice.shared.Sku;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** The restock an order's backorder waits for is expected later than before: one event per waiting order. */
public record RestockPostponed(OrderId orderId, Sku sku, int waiting, LocalDate previouslyExpected, LocalDate nowExpected,
                               Instant occurredAt) implements StockEvent {

    public RestockPostponed {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
