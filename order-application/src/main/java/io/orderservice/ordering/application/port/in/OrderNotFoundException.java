package io.orderservice.ordering.application.port.in;

import io.orderservice.shared.OrderId;

public class OrderNotFoundException extends RuntimeException {

    public OrderNotFoundException(OrderId id) {
        super("no order " + id);
    }
}
