package io.orderservice.ordering.application.port.in.fulfilment;

import io.orderservice.shared.OrderId;

/**
 * Reads an order that is about to ship, refusing when it may not ship now. In the caller's transaction, the order's row
 * stays locked until it ends, so that what was read still holds when the shipment is recorded; without one, it is
 * locked only while it is read.
 */
public interface OrderToShipQuery {

    /**
     * @param expectedVersion the version the shipping caller read, or null for whatever the order's version
     * @throws io.orderservice.ordering.application.port.in.OrderNotFoundException when there is no such order
     * @throws io.orderservice.ordering.application.port.in.StaleOrderException when it has moved on from
     *                                                                          {@code expectedVersion}
     * @throws io.orderservice.ordering.domain.IllegalOrderTransitionException when its status allows no shipping
     */
    OrderToShip toShip(OrderId orderId, Long expectedVersion);
}
