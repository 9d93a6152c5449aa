package io.orderservice.ordering.application.port.in.fulfilment;

import io.orderservice.shared.OrderId;

/**
 * Reads a line of an order that is being shipped (PAID, BACKORDERED or PARTIALLY_SHIPPED), for a short pick. In the
 * caller's transaction the order's row stays locked until it ends, so that the short pick is recorded on the order as
 * read.
 */
public interface LineToPickQuery {

    /**
     * @throws io.orderservice.ordering.application.port.in.OrderNotFoundException when there is no such order
     * @throws io.orderservice.ordering.domain.IllegalOrderTransitionException when the order is not being shipped
     * @throws io.orderservice.ordering.application.port.in.LineNotFoundException when the order has no such line
     */
    LineToPick lineToPick(OrderId orderId, int lineNumber);
}
