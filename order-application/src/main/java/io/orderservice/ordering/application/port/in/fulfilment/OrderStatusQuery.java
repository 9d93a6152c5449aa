package io.orderservice.ordering.application.port.in.fulfilment;

import io.orderservice.ordering.domain.status.OrderStatus;
import io.orderservice.shared.OrderId;

/** Where an order stands, for fulfilment's views. */
public interface OrderStatusQuery {

    /** @throws io.orderservice.ordering.application.port.in.OrderNotFoundException when there is no such order */
    OrderStatus statusOf(OrderId orderId);
}
