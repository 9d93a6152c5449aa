package io.orderservice.payment.application.port.in;

/** A webhook that is not what it claims: bad or missing signature, too old, or unreadable. Nothing was applied. */
public class InvalidWebhookException extends RuntimeException {

    public InvalidWebhookException(String message) {
        super(message);
    }
}
