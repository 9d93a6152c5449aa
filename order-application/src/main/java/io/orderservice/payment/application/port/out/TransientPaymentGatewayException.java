package io.orderservice.payment.application.port.out;

/**
 * A failure worth retrying with the same idempotency key: the provider was unreachable, timed out, rate-limited the
 * call, failed with a 5xx, or answered something unreadable. The one exception the {@code payment-gateway} Resilience4j
 * configs retry and count against a gateway's circuit (application.yaml), whichever adapter throws it, so a new gateway
 * reuses those configs without naming another adapter's classes. Once the retries are spent it reaches the service as
 * what it also is: the gateway unavailable, with whether the request may have been processed.
 */
public class TransientPaymentGatewayException extends PaymentGatewayUnavailableException {

    public TransientPaymentGatewayException(String gateway, String message, boolean mayHaveBeenProcessed, Throwable cause) {
        super(gateway, message, mayHaveBeenProcessed, cause);
    }
}
