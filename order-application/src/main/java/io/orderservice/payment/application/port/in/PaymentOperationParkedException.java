package io.orderservice.payment.application.port.in;

/**
 * A capture, void or refund failed as often as it may be tried ({@code order-service.payment.max-operation-attempts}):
 * it is not sent to the gateway again by itself, and waits for an operator (metric {@code payments.operations.parked},
 * docs/operations.md). A listener that meets it has done what it can and completes.
 */
public class PaymentOperationParkedException extends RuntimeException {

    public PaymentOperationParkedException(String operation, String paymentId, int attempts) {
        super(operation + " of payment " + paymentId + " failed " + attempts + " times; parked for an operator");
    }
}
