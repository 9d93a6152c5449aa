package io.orderservice.payment.domain;

/** A capture, void or refund the payment's state does not allow (e.g. refunding more than was captured). */
public class IllegalPaymentOperationException extends RuntimeException {

    public IllegalPaymentOperationException(String message) {
        super(message);
    }
}
