package io.orderservice.ordering.application.port.in;

import io.orderservice.shared.OrderId;

/**
 * Reads one order.
 *
 * @throws OrderNotFoundException when there is no such order
 */
public interface GetOrderQuery {

    OrderView get(OrderId id);
}
