package io.orderservice.ordering.application.port.in.returns;

import io.orderservice.shared.Caller;
import io.orderservice.shared.OrderId;

/**
 * Reads an order for a return: what it delivered and what was paid for it. In the caller's transaction the order's row
 * stays locked until it ends; take the returns' own lock first.
 */
public interface OrderToReturnQuery {

    /**
     * @throws io.orderservice.ordering.application.port.in.OrderNotFoundException when there is no such order, or
     *                                                                             {@code caller} does not reach it
     */
    OrderToReturn toReturn(OrderId orderId, Caller caller);
}
