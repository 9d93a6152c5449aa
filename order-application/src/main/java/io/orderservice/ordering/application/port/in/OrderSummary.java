package io.orderservice.ordering.application.port.in;

import io.orderservice.ordering.domain.status.OrderStatus;
import io.orderservice.shared.CustomerId;
import io.orderservice.shared.Money;
import io.orderservice.shared.OrderId;
import java.time.Instant;

/** One row of an order list: enough to show it and to decide whether to open it. */
public record OrderSummary(OrderId id, CustomerId customerId, OrderStatus status, Money grandTotal, int lineCount,
                          Instant placedAt) {
}
