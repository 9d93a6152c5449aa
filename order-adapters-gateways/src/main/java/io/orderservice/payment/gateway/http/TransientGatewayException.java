package io.orderservice.payment.gateway.http;

/**
 * A failure worth retrying with the same idempotency key: the provider was unreachable, timed out,
 * rate-limited us or failed with a 5xx. The only exception Resilience4j's retry and circuit breaker
 * count (application.yaml); everything else is an answer.
 */
class TransientGatewayException extends RuntimeException {

    private final boolean mayHaveBeenProcessed;

    TransientGatewayException(String message, boolean mayHaveBeenProcessed, Throwable cause) {
        super(message, cause);
        this.mayHaveBeenProcessed = mayHaveBeenProcessed;
    }

    boolean mayHaveBeenProcessed() {
        return mayHaveBeenProcessed;
    }
}
