package io.orderservice.ordering.application.port.in.returns;

import io.orderservice.shared.Caller;
import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.OrderId;
import java.time.Instant;
import java.util.Objects;

/**
 * Returns tells ordering what happened to a return of the order, in the caller's transaction and under the order's row
 * lock: the order's status follows (RETURN_REQUESTED while a request is open on a delivered order, DELIVERED again when
 * the last open one was rejected) and its history and audit trail say what and who.
 */
public interface RecordReturnUseCase {

    void record(ReturnNews news);

    /**
     * @param what       what the history says, e.g. "return R-… of 2 unit(s) requested: damaged"
     * @param othersOpen whether other requests of the order are still open after this one
     * @param by         the caller who asked or decided, or null for a rule of the shop
     */
    record ReturnNews(OrderId orderId, Step step, String what, boolean othersOpen, Caller by, Instant at) {
        public ReturnNews {
            Objects.requireNonNull(orderId, "orderId");
            Objects.requireNonNull(step, "step");
            Objects.requireNonNull(at, "at");
            if (what == null || what.isBlank() || what.length() > 500) {
                throw new InvalidValueException("return news says what happened in 1 to 500 characters");
            }
        }
    }

    enum Step {
        /** A customer asked to send units back. */
        REQUESTED,
        /** A request was approved, in full or in part. */
        APPROVED,
        /** A request was rejected. */
        REJECTED
    }
}
