package io.orderservice.payment.application.port.in;

import io.orderservice.shared.OrderId;
import java.util.List;
import java.util.Objects;

/**
 * An operator resumes the money operations of an order's payment that were parked after failing too often
 * (docs/operations.md, "Parked money operations"), once the cause is fixed at the gateway: each gets its attempts
 * afresh. A parked release (void) is sent again at once; a parked capture goes with the order's next shipment; a refund
 * the order recorded as failed is asked for again as a new refund.
 */
public interface ResumeParkedOperationsUseCase {

    /** @throws NothingParkedException when no operation of the order's payment is parked */
    ResumedOperations resume(OrderId orderId, String operator);

    /**
     * @param resumed   the kinds of the operations resumed (CAPTURE, VOID, REFUND, AUTHORISATION for a renewal)
     * @param sentAgain what was sent to the gateway again at once and how it went; empty when nothing was
     */
    record ResumedOperations(PaymentView payment, List<String> resumed, String sentAgain) {
        public ResumedOperations {
            Objects.requireNonNull(payment, "payment");
            resumed = List.copyOf(resumed);
            sentAgain = sentAgain == null ? "" : sentAgain;
        }
    }

    /** The order's payment has no parked operation: nothing to resume. */
    class NothingParkedException extends RuntimeException {
        public NothingParkedException(OrderId orderId) {
            super("no money operation of order " + orderId + " is parked");
        }
    }
}
