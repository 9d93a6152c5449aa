package io.orderservice.ordering.application.port.out;

import io.orderservice.shared.CustomerId;
import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.Money;
import io.orderservice.shared.OrderId;
import io.orderservice.shared.PaymentMethodType;
import io.orderservice.shared.PaymentToken;

/** Secures the money for an order, and gives it back when the order does not go ahead. A decline is an answer, not an error. */
public interface Payments {

    /**
     * Asks for the money of one payment attempt. Idempotent per order and attempt: asking again (after a
     * crash, a timeout) reaches the gateway with the same idempotency key, or answers what is recorded.
     *
     * @throws PaymentAlreadyInProgressException when another attempt of the order is under way or made already
     */
    PaymentOutcome authorise(PaymentRequest request);

    /**
     * Releases what the order's payment holds (the placement failed after the authorisation). Doing it
     * twice, or for an order that holds nothing, changes nothing. Throws when the gateway cannot be reached.
     */
    void release(OrderId orderId);

    /**
     * Makes sure the order's authorised payment covers {@code newTotal} after its lines changed: when it already
     * does, nothing happens (the lower total is what is captured at shipment); when it does not, the same payment
     * method is authorised again for the new total, and the previous authorisation is released (through the
     * outbox) once the new one holds. Asking again for the same {@code orderVersion} asks the gateway with the
     * same idempotency key.
     *
     * @return Authorised with the reference now holding the money, or Declined / ActionRequired / Unavailable
     */
    PaymentOutcome coverNewTotal(OrderId orderId, long orderVersion, Money newTotal);

    /**
     * Takes the order's money before its goods leave: the order's total, never more than was authorised, is captured
     * on the payment's gateway, after renewing an authorisation that lapsed or lapses soon. Capturing a captured
     * payment changes nothing. No transaction may be open: a gateway is asked.
     *
     * @return Captured, CaptureRefused (refused, or failed so often that it waits for an operator), or Unavailable
     */
    CaptureOutcome capture(OrderId orderId, Money orderTotal);

    /** @param attempt which payment attempt of the order this is: 1, then one more per customer retry */
    record PaymentRequest(OrderId orderId, int attempt, CustomerId customerId, Money amount, PaymentMethodType methodType,
                          PaymentToken token) {
        public PaymentRequest {
            if (attempt < 1) {
                throw new InvalidValueException("payment attempts count from 1");
            }
        }
    }

    sealed interface PaymentOutcome permits Authorised, ActionRequired, Declined, Unavailable {
    }

    /** The gateway holds the amount; {@code reference} is its id for the authorisation. */
    record Authorised(String reference) implements PaymentOutcome {
    }

    /**
     * The customer must confirm the payment at {@code actionUrl} (3-D Secure style; null when asked again
     * later); the order waits for the payment's result, which arrives later.
     */
    record ActionRequired(String reference, String actionUrl) implements PaymentOutcome {
    }

    /** The gateway refused; {@code code} is machine-readable (e.g. card_declined), {@code message} for people. */
    record Declined(String code, String message) implements PaymentOutcome {
    }

    /** No gateway could be reached, or one may have got the request without answering. Worth asking again later. */
    record Unavailable(String reason) implements PaymentOutcome, CaptureOutcome {
    }

    sealed interface CaptureOutcome permits Captured, CaptureRefused, Unavailable {
    }

    /** The money is taken; {@code authorisationReference} names the authorisation it was taken from (a renewal's). */
    record Captured(String authorisationReference) implements CaptureOutcome {
    }

    /** The gateway refused the capture, or it failed so often that it waits for an operator (docs/operations.md). */
    record CaptureRefused(String reason) implements CaptureOutcome {
    }
}
