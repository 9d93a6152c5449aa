package io.orderservice.payment.messaging;

/** A record on the payment events topic that can never be processed: it goes to the dead-letter topic at once. */
class UnreadablePaymentEventException extends RuntimeException {

    UnreadablePaymentEventException(String message) {
        super(message);
    }
}
