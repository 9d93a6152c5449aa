package io.orderservice.ordering.application.port.out;

import io.orderservice.shared.CustomerId;
import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.Money;
import io.orderservice.shared.OrderId;
import io.orderservice.shared.PaymentMethodType;
import io.orderservice.shared.PaymentProvider;
import io.orderservice.shared.PaymentToken;
import java.util.List;

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
     * The providers a customer may choose for a payment of this method and amount: the gateways of the route that takes
     * it, preferred first. Asks no gateway.
     */
    List<PaymentProvider> offeredProviders(PaymentMethodType methodType, Money amount);

    /**
     * The first of the three parts of {@link #authorise} for a caller that draws the transactions itself (a placement's
     * request, ADR 0031): records payment attempt n as intended, in the caller's transaction, before any gateway is
     * asked; the attempt must be new. Then {@link #ask}, then {@link #record}.
     *
     * @throws PaymentAlreadyInProgressException when another attempt of the order is under way or made already
     */
    void intend(PaymentRequest request);

    /**
     * Asks the gateways for an attempt this run {@link #intend intended}, with no transaction open, and answers what they
     * said without recording it. A crash before it is {@link #record recorded} leaves the intent, which {@link #authorise}
     * resumes with the same idempotency key.
     */
    PaymentOutcome ask(PaymentRequest request);

    /** Records what the gateways answered {@link #ask}, in the caller's transaction; recording it twice changes nothing. */
    void record(PaymentRequest request, PaymentOutcome outcome);

    /**
     * Releases what the order's payment holds (the placement failed after the authorisation). Doing it
     * twice, or for an order that holds nothing, changes nothing. Throws when the gateway cannot be reached.
     */
    void release(OrderId orderId);

    /**
     * Makes sure the order's authorised payment covers {@code newTotal} after its lines changed at {@code orderVersion},
     * in the caller's transaction and without asking any gateway: when the payment already covers it, nothing happens
     * (the lower total is what is captured at shipment); when an authorisation {@link #proposeCover proposed} for this
     * change covers it, that one becomes the order's payment and the one it replaces is released (through the outbox)
     * once the transaction commits.
     *
     * @return Covered with the reference now holding the money, or NotCovered: propose a cover first
     */
    CoverOutcome coverNewTotal(OrderId orderId, long orderVersion, Money newTotal);

    /**
     * Asks the gateway of the order's payment to authorise the same method again for {@code newTotal}, as a proposal
     * that {@link #coverNewTotal} adopts once the change commits. No transaction may be open: a gateway is asked. Asking
     * again for the same change asks with the same idempotency key, or answers what was recorded.
     *
     * @return Authorised, or Declined / ActionRequired / Unavailable: the change cannot be made
     */
    PaymentOutcome proposeCover(OrderId orderId, long orderVersion, Money newTotal);

    /**
     * The change a cover was proposed for did not commit: what the proposal holds is released (through the outbox), and
     * it can never be adopted. Withdrawing nothing, or twice, changes nothing.
     */
    void withdrawCover(OrderId orderId, long orderVersion, Money newTotal);

    /**
     * Takes the order's money before its goods leave: the order's total, never more than was authorised, is captured
     * on the payment's gateway, after renewing an authorisation that lapsed or lapses soon. Capturing a captured
     * payment changes nothing. No transaction may be open: a gateway is asked.
     *
     * @return Captured, CaptureRefused (refused, or failed so often that it waits for an operator), or Unavailable
     */
    CaptureOutcome capture(OrderId orderId, Money orderTotal);

    /**
     * @param attempt  which payment attempt of the order this is: 1, then one more per customer retry
     * @param provider the provider the customer chose, paid there only; null for the route's gateways with failover
     */
    record PaymentRequest(OrderId orderId, int attempt, CustomerId customerId, Money amount, PaymentMethodType methodType,
                          PaymentToken token, PaymentProvider provider) {
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

    sealed interface CoverOutcome permits Covered, NotCovered {
    }

    /** The order's payment covers the new total; {@code reference} is the authorisation that holds it. */
    record Covered(String reference) implements CoverOutcome {
    }

    /** Neither the order's payment nor a proposal for this change covers the new total; {@code authorised} is held. */
    record NotCovered(Money authorised) implements CoverOutcome {
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
