package io.orderservice.ordering.domain.event;

import io.orderservice.shared.Money;
import io.orderservice.shared.OrderId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A shipment left: which lines and how many, with which carrier and tracking number. {@code complete} says
 * whether every unit of the order has now shipped (the order is SHIPPED) or some still wait (PARTIALLY_SHIPPED).
 * {@code orderTotal} is what the order comes to (what its payment captures); {@code location} the stock location
 * it left from, or null when not recorded. The status change travels as {@link OrderStatusChanged} with the same
 * sequence.
 */
public record OrderShipped(OrderId orderId, UUID shipmentId, String carrier, String trackingNumber, String trackingUrl,
                           List<Line> lines, boolean complete, Money orderTotal, String location, int sequence,
                           Instant occurredAt)
        implements OrderEvent {

    public record Line(int lineNumber, String sku, int quantity) {
    }

    public OrderShipped {
        lines = List.copyOf(lines);
    }
}
