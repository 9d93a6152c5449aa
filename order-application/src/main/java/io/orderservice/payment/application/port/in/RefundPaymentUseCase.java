package io.orderservice.payment.application.port.in;

import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.Money;
import io.orderservice.shared.OrderId;
import java.util.Objects;

/**
 * Gives back captured money, all or part of it; never more than was captured in total. The gateway may make the refund
 * at once or accept it and say later whether it made it ({@link RefundMade#pending()}): its outcome then arrives as
 * payment news and is published as {@code PaymentRefundSettled}. Asking again with the same refund id sends nothing
 * once the gateway made or accepted it; a refund the gateway accepted and then failed is refused.
 */
public interface RefundPaymentUseCase {

    RefundMade refund(RefundCommand command);

    /** The payment after the refund; {@code pending} when the gateway has yet to say whether it made it. */
    record RefundMade(PaymentView payment, boolean pending) {
    }

    /** {@code refundId} is the caller's id for this refund: the same id again is the same refund, not a second one. */
    record RefundCommand(OrderId orderId, Money amount, String refundId, String reason) {
        public RefundCommand {
            Objects.requireNonNull(orderId, "orderId");
            Objects.requireNonNull(amount, "amount");
            if (refundId == null || refundId.isBlank() || refundId.length() > 100) {
                throw new InvalidValueException("a refund needs an id of 1-100 characters");
            }
            if (reason != null && reason.length() > 500) {
                throw new InvalidValueException("a refund's reason has at most 500 characters");
            }
        }
    }
}
