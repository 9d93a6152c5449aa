package io.orderservice.shared;

/** A caller asked for something its identity does not allow (a customer ordering in another customer's name). */
public class AccessRefusedException extends RuntimeException {

    public AccessRefusedException(String message) {
        super(message);
    }
}
