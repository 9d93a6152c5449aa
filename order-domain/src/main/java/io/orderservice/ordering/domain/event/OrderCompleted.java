package io.orderservice.ordering.domain.event;

import io.orderservice.shared.CustomerId;
import io.orderservice.shared.Money;
import io.orderservice.shared.OrderId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The order is done: delivered and past its return window without a return (or a return was declined). What
 * review requests and loyalty programmes start from: who bought what, and what they paid net of refunds.
 *
 * @param netPaid captured less refunded
 */
public record OrderCompleted(OrderId orderId, CustomerId customerId, List<Line> lines, Money netPaid, int sequence,
                             Instant occurredAt) implements OrderEvent {

    public OrderCompleted {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(netPaid, "netPaid");
        lines = List.copyOf(lines);
    }

    /** Units of a SKU the customer kept (ordered less refunded). */
    public record Line(String sku, int quantity) {
    }
}
