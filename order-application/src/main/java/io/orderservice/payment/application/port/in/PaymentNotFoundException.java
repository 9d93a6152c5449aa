package io.orderservice.payment.application.port.in;

import io.orderservice.shared.OrderId;

/** The order has no payment that could do what was asked. */
public class PaymentNotFoundException extends RuntimeException {

    public PaymentNotFoundException(OrderId orderId, String what) {
        super("order " + orderId + " has no " + what);
    }
}
