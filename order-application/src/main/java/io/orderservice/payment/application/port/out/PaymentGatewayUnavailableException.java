package io.orderservice.payment.application.port.out;

/**
 * The gateway could not be reached, timed out, or failed. {@code mayHaveBeenProcessed} is false only
 * when the request certainly did not arrive (connection refused, circuit open, rate limited locally):
 * only then may another gateway be tried, or the customer could be charged twice.
 */
public class PaymentGatewayUnavailableException extends RuntimeException {

    private final String gateway;
    private final boolean mayHaveBeenProcessed;

    public PaymentGatewayUnavailableException(String gateway, String message, boolean mayHaveBeenProcessed, Throwable cause) {
        super(gateway + ": " + message, cause);
        this.gateway = gateway;
        this.mayHaveBeenProcessed = mayHaveBeenProcessed;
    }

    public String gateway() {
        return gateway;
    }

    public boolean mayHaveBeenProcessed() {
        return mayHaveBeenProcessed;
    }
}
