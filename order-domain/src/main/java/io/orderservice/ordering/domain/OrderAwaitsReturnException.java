package io.orderservice.ordering.domain;

import io.orderservice.shared.OrderId;
import java.util.UUID;

/** An exchange's replacement does not ship before the return it replaces arrives (unless a rule trusted the customer). */
public class OrderAwaitsReturnException extends RuntimeException {

    private final transient UUID returnId;

    public OrderAwaitsReturnException(OrderId orderId, UUID returnId) {
        super("order " + orderId + " replaces the units of return " + returnId + " and ships when that return arrives");
        this.returnId = returnId;
    }

    public UUID returnId() {
        return returnId;
    }
}
