package io.orderservice.ordering.web;

import io.orderservice.ordering.application.port.in.OrderSummary;
import io.orderservice.ordering.domain.status.OrderStatus;
import io.orderservice.ordering.web.OrderResponse.MoneyResponse;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A page of orders; {@code next} is the link to the following page, absent on the last one. */
record OrderListResponse(List<Item> items,
                         @Schema(description = "The next page: this request with its cursor; null on the last page",
                                 example = "/api/v1/orders?customerId=customer-42&limit=20&cursor=LWNyZWF0ZWQK...")
                         String next) {

    static OrderListResponse from(List<OrderSummary> summaries, String next) {
        return new OrderListResponse(summaries.stream().map(summary -> new Item(summary.id().value(),
                summary.customerId().value(), summary.status(), MoneyResponse.from(summary.grandTotal()),
                summary.lineCount(), summary.placedAt())).toList(), next);
    }

    record Item(UUID id, String customerId, OrderStatus status, MoneyResponse grandTotal, int lineCount,
                Instant placedAt) {
    }
}
