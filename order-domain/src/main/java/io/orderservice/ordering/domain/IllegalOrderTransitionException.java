package io.orderservice.ordering.domain;

import io.orderservice.ordering.domain.status.OrderAction;
import io.orderservice.ordering.domain.status.OrderStatus;
import io.orderservice.shared.OrderId;
import java.util.Set;

/** An action the order's current status does not allow. Names both, and what would be allowed. */
public class IllegalOrderTransitionException extends RuntimeException {

    private final OrderId orderId;
    private final OrderStatus status;
    private final OrderAction action;

    public IllegalOrderTransitionException(OrderId orderId, OrderStatus status, OrderAction action) {
        super("order " + orderId + " is " + status + ": " + action + " is not allowed; allowed: "
                + (status.allowedActions().isEmpty() ? "none (final status)" : status.allowedActions()));
        this.orderId = orderId;
        this.status = status;
        this.action = action;
    }

    public OrderId orderId() {
        return orderId;
    }

    public OrderStatus status() {
        return status;
    }

    public OrderAction action() {
        return action;
    }

    public Set<OrderAction> allowedActions() {
        return status.allowedActions();
    }
}
