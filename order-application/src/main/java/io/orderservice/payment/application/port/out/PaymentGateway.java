package io.orderservice.payment.application.port.out;

import io.orderservice.payment.domain.PaymentId;
import io.orderservice.shared.CustomerId;
import io.orderservice.shared.Money;
import io.orderservice.shared.OrderId;
import io.orderservice.shared.PaymentMethodType;
import io.orderservice.shared.PaymentToken;

/**
 * A payment provider: authorises, captures, voids and refunds, by token only. Every call carries an
 * idempotency key; the gateway must treat a second call with the same key as the first (same answer,
 * no second movement of money), because calls are retried.
 * <p>
 * A refusal is an answer ({@link Refused}); so is an authorisation or a refund the gateway accepted and will decide, or
 * make, later ({@link Pending}: its outcome arrives as payment news — {@code AUTHORISED} or {@code DECLINED}, {@code
 * REFUNDED} or {@code REFUND_FAILED}). A gateway that cannot be reached or fails answers with
 * {@link PaymentGatewayUnavailableException}, which says whether the request may have been processed.
 * The contract kit ({@code io.orderservice.payment.kit.PaymentGatewayContract}, in order-adapter-kits) checks all of
 * this for any implementation; docs/adapters/payment-gateways.md is the guide for writing one.
 */
public interface PaymentGateway {

    /** The name payments, routing rules and configuration use for this gateway, e.g. "sandbox". */
    String name();

    GatewayResult authorise(AuthorisationRequest request);

    GatewayResult capture(CaptureRequest request);

    GatewayResult voidAuthorisation(VoidRequest request);

    GatewayResult refund(RefundRequest request);

    /** {@code paymentId} and {@code orderId} travel as metadata, so the gateway's webhooks can name them. */
    record AuthorisationRequest(PaymentId paymentId, OrderId orderId, CustomerId customerId, Money amount,
                                PaymentMethodType methodType, PaymentToken token, String idempotencyKey) {
    }

    /** {@code authorisationReference} is the gateway's reference from the approved authorisation. */
    record CaptureRequest(PaymentId paymentId, String authorisationReference, Money amount, String idempotencyKey) {
    }

    record VoidRequest(PaymentId paymentId, String authorisationReference, String idempotencyKey) {
    }

    record RefundRequest(PaymentId paymentId, String authorisationReference, Money amount, String idempotencyKey) {
    }

    sealed interface GatewayResult permits Approved, RequiresAction, Pending, Refused {
    }

    /** Done; {@code reference} is the gateway's id for this transaction. */
    record Approved(String reference) implements GatewayResult {
    }

    /** The customer must act (e.g. 3-D Secure) at {@code actionUrl}; the result arrives later by webhook or event. */
    record RequiresAction(String reference, String actionUrl) implements GatewayResult {
    }

    /**
     * Accepted, not decided yet: the gateway says later, by webhook or event naming {@code reference}, whether it
     * succeeded. An authorisation so answered waits for that news as one awaiting the customer's action does (the order
     * awaits payment); a refund so answered holds its amount back from further refunds meanwhile. Captures and voids are
     * never answered so.
     */
    record Pending(String reference) implements GatewayResult {
        public Pending {
            if (reference == null || reference.isBlank()) {
                throw new IllegalArgumentException("a pending answer names the gateway's reference, which its outcome will name");
            }
        }
    }

    /** The gateway said no; {@code code} is machine-readable (e.g. card_declined). Never retried, never failed over. */
    record Refused(String code, String message) implements GatewayResult {
    }
}
