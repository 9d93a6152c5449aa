package io.orderservice.ordering.web;

import io.orderservice.ordering.application.port.in.OrderView;
import io.orderservice.ordering.domain.OrderAction;
import io.orderservice.ordering.domain.OrderStatus;
import io.orderservice.ordering.web.OrderResponse.StatusChangeResponse;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Where an order stands, what may happen next, and how it got there. */
record OrderStatusResponse(UUID orderId, OrderStatus status, Set<OrderAction> allowedActions,
                           List<StatusChangeResponse> history) {

    static OrderStatusResponse from(OrderView order) {
        return new OrderStatusResponse(order.id().value(), order.status(), order.allowedActions(),
                StatusChangeResponse.from(order.history()));
    }
}
