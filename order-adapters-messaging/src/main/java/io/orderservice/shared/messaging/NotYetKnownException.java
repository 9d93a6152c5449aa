package io.orderservice.shared.messaging;

/**
 * A consumed record names something this service does not know yet, and may know in a moment: a payment whose
 * authorisation has not committed when its gateway's event arrives. Retried for longer than other failures before it
 * is dead-lettered ({@link ConsumedRecordsDeadLetters}).
 */
public class NotYetKnownException extends RuntimeException {

    public NotYetKnownException(String message, Throwable cause) {
        super(message, cause);
    }
}
