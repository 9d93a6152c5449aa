package io.orderservice.ordering.application.port.in.placement;

import io.orderservice.shared.OrderId;

/**
 * The placement saga of one order.
 *
 * @throws io.orderservice.ordering.application.port.in.OrderNotFoundException when the order has none
 */
public interface GetPlacementQuery {

    PlacementView get(OrderId orderId);
}
