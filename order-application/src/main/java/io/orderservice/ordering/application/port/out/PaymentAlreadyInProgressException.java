package io.orderservice.ordering.application.port.out;

import io.orderservice.shared.OrderId;

/**
 * {@link Payments} refuses to start a second payment for an order while one is under way or made: it
 * would charge the customer twice. Thrown before any gateway is asked.
 */
public class PaymentAlreadyInProgressException extends RuntimeException {

    public PaymentAlreadyInProgressException(OrderId orderId) {
        super("order " + orderId + " already has a payment in progress or made");
    }
}
