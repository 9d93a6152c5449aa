package io.orderservice.ordering.application.port.in.returns;

import io.orderservice.shared.Caller;
import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.Money;
import io.orderservice.shared.OrderId;
import io.orderservice.shared.Quantity;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Returns tells ordering what happened to a return of the order, in the caller's transaction and under the order's row
 * lock: the order's status follows (RETURN_REQUESTED while a request is open on a delivered order; when the last open
 * one ends, RETURNED, PARTIALLY_RETURNED or DELIVERED again by what came back), its history and audit trail say what
 * and who, and a received return's refund is recorded for the payment capability to make.
 *
 * @throws io.orderservice.ordering.domain.RefundRefusedException when the refund is not possible (never beyond what
 *                                                                 is refundable)
 */
public interface RecordReturnUseCase {

    void record(ReturnNews news);

    /**
     * @param what    what the history says, e.g. "return … of 2 unit(s) requested: damaged"
     * @param returns where the order's returns stand after this one
     * @param by      the caller who asked, decided or received, or null for a rule of the shop
     * @param refund  for a received return, what it refunds; null when nothing is refunded
     */
    record ReturnNews(OrderId orderId, Step step, String what, Standing returns, Caller by, Instant at, Refund refund) {
        public ReturnNews {
            Objects.requireNonNull(orderId, "orderId");
            Objects.requireNonNull(step, "step");
            Objects.requireNonNull(returns, "returns");
            Objects.requireNonNull(at, "at");
            if (what == null || what.isBlank() || what.length() > 500) {
                throw new InvalidValueException("return news says what happened in 1 to 500 characters");
            }
            if (refund != null && step != Step.RECEIVED) {
                throw new InvalidValueException("only a received return refunds");
            }
        }
    }

    enum Step {
        /** A customer asked to send units back. */
        REQUESTED,
        /** A request was approved, in full or in part. */
        APPROVED,
        /** A request was rejected. */
        REJECTED,
        /** An approved return arrived and was inspected. */
        RECEIVED,
        /**
         * The order's last parcel arrived while returns of earlier ones are open: a DELIVERED order is RETURN_REQUESTED,
         * so that it does not complete while they are; told again, it changes nothing.
         */
        STILL_OPEN_AT_DELIVERY
    }

    /** Where the order's returns stand after the news. */
    enum Standing {
        /** A return is still open: asked for, or approved and on its way back. */
        OPEN,
        /** None is open, and nothing came back. */
        NOTHING_BACK,
        /** None is open, and part of what was delivered came back. */
        PART_BACK,
        /** None is open, and everything the order has came back. */
        EVERYTHING_BACK
    }

    /**
     * A received return's refund, as the returns capability counted it (ADR 0034).
     *
     * @param refundId the order's refund's id
     * @param shipping the shipping refunded, or zero
     * @param fee             the restocking fee kept back, or zero
     * @param discountRecount what is kept back for a discount the goods kept no longer earn (negative: given back), or
     *                        zero
     * @param total           what is given back: the lines and the shipping less the fee and the recount, cut to what
     *                        was refundable
     * @param reference       names the return (its RMA and id) on the order's refund, for an operator when it fails
     */
    record Refund(UUID refundId, String reasonCode, List<Line> lines, Money shipping, Money fee, Money discountRecount,
                  Money total, String reference) {
        public Refund {
            Objects.requireNonNull(refundId, "refundId");
            lines = List.copyOf(lines);
            Objects.requireNonNull(shipping, "shipping");
            Objects.requireNonNull(fee, "fee");
            Objects.requireNonNull(discountRecount, "discountRecount");
            Objects.requireNonNull(total, "total");
        }
    }

    /** Units of one line refunded, and their amount. */
    record Line(int lineNumber, Quantity quantity, Money amount) {
    }
}
