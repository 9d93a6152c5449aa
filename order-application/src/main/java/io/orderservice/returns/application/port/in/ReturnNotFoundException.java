package io.orderservice.returns.application.port.in;

import io.orderservice.shared.OrderId;
import java.util.UUID;

/** The order has no such return request, or the caller does not reach the order. */
public class ReturnNotFoundException extends RuntimeException {

    public ReturnNotFoundException(OrderId orderId, UUID returnId) {
        super("order " + orderId + " has no return " + returnId);
    }
}
