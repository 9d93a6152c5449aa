package io.orderservice.payment.domain.event;

import io.orderservice.payment.domain.PaymentId;
import io.orderservice.shared.Money;
import io.orderservice.shared.OrderId;
import java.time.Instant;

/**
 * What happened to a payment, recorded by {@code Payment} and published through the outbox. Every
 * event names the order, so ordering and the outside world can follow an order's money.
 */
public sealed interface PaymentEvent {

    PaymentId paymentId();

    OrderId orderId();

    Instant occurredAt();

    record PaymentAuthorised(PaymentId paymentId, OrderId orderId, Money amount, String gateway,
                             String gatewayReference, Instant occurredAt) implements PaymentEvent {
    }

    record PaymentRequiresAction(PaymentId paymentId, OrderId orderId, String gateway, Instant occurredAt)
            implements PaymentEvent {
    }

    record PaymentDeclined(PaymentId paymentId, OrderId orderId, String code, String message, Instant occurredAt)
            implements PaymentEvent {
    }

    record PaymentFailed(PaymentId paymentId, OrderId orderId, String reason, Instant occurredAt) implements PaymentEvent {
    }

    record PaymentCaptured(PaymentId paymentId, OrderId orderId, Money amount, Instant occurredAt) implements PaymentEvent {
    }

    record PaymentVoided(PaymentId paymentId, OrderId orderId, Money amount, Instant occurredAt) implements PaymentEvent {
    }

    /** {@code totalRefunded} is everything refunded on the payment so far, this refund included. */
    record PaymentRefunded(PaymentId paymentId, OrderId orderId, Money amount, Money totalRefunded, Instant occurredAt)
            implements PaymentEvent {
    }

    /**
     * A refund the gateway had left pending was made ({@code failure} null) or failed ({@code failure} says why).
     * {@code refundId} is the caller's id the refund was asked with.
     */
    record PaymentRefundSettled(PaymentId paymentId, OrderId orderId, String refundId, Money amount, String failure,
                                Instant occurredAt) implements PaymentEvent {

        public boolean succeeded() {
            return failure == null;
        }
    }

    record PaymentDisputed(PaymentId paymentId, OrderId orderId, Money amount, String reason, Instant occurredAt)
            implements PaymentEvent {
    }

    /** The money is held, but its order no longer wants it (e.g. the authorisation came after a cancellation): void it. */
    record PaymentUnwanted(PaymentId paymentId, OrderId orderId, Money amount, String reason, Instant occurredAt)
            implements PaymentEvent {
    }
}
