package io.orderservice.payment.application.port.out;

import io.orderservice.ordering.application.port.out.PaymentAlreadyInProgressException;
import io.orderservice.shared.OrderId;

/** The order already has a live payment: a second one would charge the customer twice. */
public class PaymentInProgressException extends PaymentAlreadyInProgressException {

    public PaymentInProgressException(OrderId orderId) {
        super(orderId);
    }
}
