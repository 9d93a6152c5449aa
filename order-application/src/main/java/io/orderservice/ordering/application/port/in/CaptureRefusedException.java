package io.orderservice.ordering.application.port.in;

/**
 * The order's money could not be taken, so its goods may not leave: the gateway refused the capture, or the capture
 * failed so often that it waits for an operator (docs/operations.md). Nothing was shipped.
 */
public class CaptureRefusedException extends RuntimeException {

    public CaptureRefusedException(String message) {
        super(message);
    }
}
