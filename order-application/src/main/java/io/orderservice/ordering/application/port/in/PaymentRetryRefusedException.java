package io.orderservice.ordering.application.port.in;

/** A payment retry that cannot be made: the window has closed, or another payment is under way. Nothing changed. */
public class PaymentRetryRefusedException extends RuntimeException {

    public PaymentRetryRefusedException(String message) {
        super(message);
    }
}
