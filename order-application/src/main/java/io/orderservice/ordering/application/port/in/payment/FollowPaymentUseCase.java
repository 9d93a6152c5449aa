package io.orderservice.ordering.application.port.in.payment;

import io.orderservice.shared.Money;
import io.orderservice.shared.OrderId;
import java.util.UUID;

/**
 * Keeps an order in step with its payment. An authorisation or a failure that arrives after the
 * placement moves an order awaiting payment on, to paid or payment failed; in any other status it
 * changes nothing, so late or repeated news never moves an order backwards. Captures, refunds and
 * disputes are recorded on the order's payment record whatever its status.
 */
public interface FollowPaymentUseCase {

    /** Whether the order moved. */
    boolean follow(OrderId orderId, PaymentOutcome outcome);

    sealed interface PaymentOutcome permits Authorised, Failed, Captured, Refunded, Disputed, RefundSettled {
    }

    record Authorised(String reference) implements PaymentOutcome {
    }

    record Failed(String reason) implements PaymentOutcome {
    }

    record Captured(Money amount) implements PaymentOutcome {
    }

    /** {@code totalRefunded}: everything refunded so far, so a repeated or late report changes nothing. */
    record Refunded(Money totalRefunded) implements PaymentOutcome {
    }

    record Disputed(Money amount, String reason) implements PaymentOutcome {
    }

    /**
     * How a refund the order asked for went (or the release of its authorisation, on cancellation): made,
     * or refused by the gateway with {@code failure} saying why.
     */
    record RefundSettled(UUID refundId, boolean succeeded, String failure) implements PaymentOutcome {
    }
}
