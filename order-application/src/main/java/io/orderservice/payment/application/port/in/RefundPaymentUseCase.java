package io.orderservice.payment.application.port.in;

import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.Money;
import io.orderservice.shared.OrderId;
import java.util.Objects;

/** Gives back captured money, all or part of it; never more than was captured in total. */
public interface RefundPaymentUseCase {

    PaymentView refund(RefundCommand command);

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
