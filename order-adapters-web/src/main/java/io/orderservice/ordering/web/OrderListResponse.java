package io.orderservice.ordering.web;

import io.orderservice.ordering.application.port.in.OrderSummary;
import io.orderservice.ordering.domain.OrderStatus;
import io.orderservice.ordering.web.OrderResponse.MoneyResponse;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A page of orders, newest first. */
record OrderListResponse(List<Item> items) {

    static OrderListResponse from(List<OrderSummary> summaries) {
        return new OrderListResponse(summaries.stream().map(summary -> new Item(summary.id().value(),
                summary.customerId().value(), summary.status(), MoneyResponse.from(summary.grandTotal()),
                summary.lineCount(), summary.placedAt())).toList());
    }

    record Item(UUID id, String customerId, OrderStatus status, MoneyResponse grandTotal, int lineCount,
                Instant placedAt) {
    }
}
