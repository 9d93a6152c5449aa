package io.orderservice.ordering.application.port.in;

import io.orderservice.shared.OrderId;

/** The order has no line with that number. */
public class LineNotFoundException extends RuntimeException {

    public LineNotFoundException(OrderId orderId, int lineNumber) {
        super("order " + orderId + " has no line " + lineNumber);
    }
}
