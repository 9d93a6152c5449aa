package io.orderservice.ordering.application.port.in;

/** No payment gateway could be reached to cover a change; nothing changed. Worth trying again shortly. */
public class PaymentUnavailableException extends RuntimeException {

    public PaymentUnavailableException(String message) {
        super(message);
    }
}
