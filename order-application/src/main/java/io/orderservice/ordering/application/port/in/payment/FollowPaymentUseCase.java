package io.orderservice.ordering.application.port.in.payment;

import io.orderservice.shared.OrderId;

/**
 * Moves an order awaiting payment on when its payment's outcome arrives later than the placement: to
 * paid when authorised, to payment failed when declined or failed. Any other status already reflects
 * the payment (or moved past it), so the outcome changes nothing there: late or repeated news never
 * moves an order backwards.
 */
public interface FollowPaymentUseCase {

    /** Whether the order moved. */
    boolean follow(OrderId orderId, PaymentOutcome outcome);

    sealed interface PaymentOutcome permits Authorised, Failed {
    }

    record Authorised(String reference) implements PaymentOutcome {
    }

    record Failed(String reason) implements PaymentOutcome {
    }
}
