package io.orderservice.payment.messaging;

import io.orderservice.shared.InvalidValueException;

/** A record on the payment events topic that can never be processed: it goes to the dead-letter topic at once. */
class UnreadablePaymentEventException extends InvalidValueException {

    UnreadablePaymentEventException(String message) {
        super(message);
    }
}
