package io.orderservice.returns.application.port.in;

import io.orderservice.shared.Caller;
import io.orderservice.shared.OrderId;
import java.util.List;
import java.util.UUID;

/** Reads return requests: an order's, one of them, and the operators' queue. */
public interface ReturnQueries {

    /**
     * The order's return requests, oldest first.
     *
     * @throws io.orderservice.ordering.application.port.in.OrderNotFoundException when the caller does not reach the order
     */
    List<ReturnView> ofOrder(OrderId orderId, Caller caller);

    /** @throws ReturnNotFoundException when the order has no such return, or the caller does not reach the order */
    ReturnView one(OrderId orderId, UUID returnId, Caller caller);

    /** Requests no rule approved, oldest first: what operators decide next. */
    List<ReturnView> awaitingDecision(int limit);
}
