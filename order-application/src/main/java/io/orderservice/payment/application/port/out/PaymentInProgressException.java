package io.orderservice.payment.application.port.out;

import io.orderservice.shared.OrderId;

/** The order already has a live payment: a second one would charge the customer twice. */
public class PaymentInProgressException extends RuntimeException {

    public PaymentInProgressException(OrderId orderId) {
        super("order " + orderId + " already has a payment in progress or made");
    }
}
