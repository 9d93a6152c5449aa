package io.orderservice.payment.application.port.in;

import io.orderservice.payment.domain.PaymentId;
import io.orderservice.shared.OrderId;

/** No such payment, or the order has no payment that could do what was asked. */
public class PaymentNotFoundException extends RuntimeException {

    public PaymentNotFoundException(OrderId orderId, String what) {
        super("order " + orderId + " has no " + what);
    }

    public PaymentNotFoundException(PaymentId paymentId) {
        super("no payment " + paymentId);
    }

    public PaymentNotFoundException(String gateway, String authorisationReference) {
        super("no payment authorised by " + gateway + " as " + authorisationReference);
    }
}
