package io.orderservice.ordering.application.port.in;

import io.orderservice.ordering.application.port.in.RefundOrderUseCase.RefundAccepted;
import io.orderservice.shared.Caller;
import io.orderservice.shared.OrderId;
import io.orderservice.shared.RequestKey;
import java.util.Objects;
import java.util.UUID;

/**
 * An operator asks again for a refund that failed: the same lines, shipping and amount under a new id, made by the
 * payment capability through the outbox as any refund is. Held to the refund limits of the caller.
 *
 * @throws OrderNotFoundException when there is no such order
 * @throws io.orderservice.ordering.domain.RefundRefusedException when the refund did not fail, was asked for again
 *         already, or is no longer refundable
 */
public interface RetryRefundUseCase {

    RefundAccepted retry(RetryRefundCommand command);

    /** {@code requestKey}: as for {@link RefundOrderUseCase.RefundOrderCommand}; or null. */
    record RetryRefundCommand(OrderId orderId, UUID failedRefundId, Caller by, RequestKey requestKey) {
        public RetryRefundCommand {
            Objects.requireNonNull(orderId, "orderId");
            Objects.requireNonNull(failedRefundId, "failedRefundId");
            Objects.requireNonNull(by, "by");
        }
    }
}
