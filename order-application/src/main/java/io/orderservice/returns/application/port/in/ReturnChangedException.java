package io.orderservice.returns.application.port.in;

import java.util.UUID;

/** A return request is no longer at the version the caller read (If-Match): read it again. */
public class ReturnChangedException extends RuntimeException {

    public ReturnChangedException(UUID returnId, Long version, long expected) {
        super("return " + returnId + " is at version " + version + ", not " + expected + ": read it again");
    }
}
