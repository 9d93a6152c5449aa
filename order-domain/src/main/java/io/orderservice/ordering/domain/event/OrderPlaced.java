package io.orderservice.ordering.domain.event;

import io.orderservice.ordering.domain.status.OrderStatus;
import io.orderservice.shared.CustomerId;
import io.orderservice.shared.Money;
import io.orderservice.shared.OrderId;
import io.orderservice.shared.Quantity;
import io.orderservice.shared.Sku;
import java.time.Instant;
import java.util.List;

/** An order was accepted. Lines name what was ordered so that inventory and shipping need no call back. */
public record OrderPlaced(OrderId orderId, CustomerId customerId, OrderStatus status, Money grandTotal,
                          List<Line> lines, Instant occurredAt) implements OrderEvent {

    @Override
    public int sequence() {
        return 0;
    }

    public OrderPlaced {
        lines = List.copyOf(lines);
    }

    public record Line(Sku sku, Quantity quantity, Money lineTotal) {
    }
}
