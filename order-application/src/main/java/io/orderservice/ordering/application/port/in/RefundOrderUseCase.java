package io.orderservice.ordering.application.port.in;

import io.orderservice.ordering.domain.Order.LineRefund;
import io.orderservice.ordering.domain.OrderRefund;
import io.orderservice.shared.Caller;
import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.OrderId;
import io.orderservice.shared.RequestKey;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * An operator's refund: units of chosen lines, the shipping charge, an amount on top, or any mix, with a
 * reason code. Recorded on the order (never more than was captured and is not refunded yet) and made by the
 * payment capability through the outbox a moment later; the order's history shows how it went.
 *
 * @throws OrderNotFoundException when there is no such order
 * @throws io.orderservice.ordering.domain.IllegalOrderTransitionException when nothing was captured yet (not shipped)
 * @throws io.orderservice.ordering.domain.RefundRefusedException when it asks for more than is left to refund
 */
public interface RefundOrderUseCase {

    RefundAccepted refund(RefundOrderCommand command);

    /**
     * @param amount on top of lines and shipping, in the order's currency (major units); null for none
     * @param by     who asks for it: support up to its limit ({@link io.orderservice.ordering.domain.RefundLimits}), a lead above
     * @param requestKey the request's {@code Idempotency-Key}, if it had one: the refund's id is derived from it, so that
     *                   a run of the same request after a crash answers with the refund the first run recorded; or null
     */
    record RefundOrderCommand(OrderId orderId, String reasonCode, List<LineRefund> lines, boolean shipping, BigDecimal amount,
                              Caller by, RequestKey requestKey) {
        public RefundOrderCommand {
            Objects.requireNonNull(orderId, "orderId");
            if (amount != null && amount.signum() < 0) {
                throw new InvalidValueException("a refund's amount cannot be negative");
            }
            lines = lines == null ? List.of() : List.copyOf(lines);
            Objects.requireNonNull(by, "by");
        }

        public RefundOrderCommand(OrderId orderId, String reasonCode, List<LineRefund> lines, boolean shipping,
                                  BigDecimal amount, Caller by) {
            this(orderId, reasonCode, lines, shipping, amount, by, null);
        }
    }

    record RefundAccepted(OrderRefund refund, OrderView order) {
        public UUID refundId() {
            return refund.id();
        }
    }
}
