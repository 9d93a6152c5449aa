package io.orderservice.shared;

/**
 * A value refused by the value object that would hold it. Callers map it to "unprocessable", never
 * to a server error: it always means the input broke a domain rule.
 */
public class InvalidValueException extends IllegalArgumentException {

    public InvalidValueException(String message) {
        super(message);
    }
}
