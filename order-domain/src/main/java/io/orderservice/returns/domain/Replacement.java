package io.orderservice.returns.domain;

import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.Money;
import io.orderservice.shared.OrderId;
import java.time.Instant;
import java.util.Objects;

/**
 * What became of an exchange once its return was approved: a replacement order the return pays {@code credit} of, or,
 * when none could be placed (out of stock and the customer chose their money back, a payment declined), the refund
 * instead, with why.
 *
 * @param orderId    the replacement order; null unless PLACED
 * @param credit     what the return pays of it; null unless PLACED
 * @param shipsAtOnce whether it ships before the return arrives (a rule trusted the customer)
 * @param note       why no replacement was placed; null unless REFUND_INSTEAD
 */
public record Replacement(Status status, OrderId orderId, Money credit, boolean shipsAtOnce, String note, Instant at) {

    public enum Status { PLACED, REFUND_INSTEAD }

    public Replacement {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(at, "at");
        if ((status == Status.PLACED) != (orderId != null && credit != null) || (status == Status.REFUND_INSTEAD) != (note != null)) {
            throw new InvalidValueException("a placed replacement names its order and credit, one not placed says why");
        }
        if (note != null && note.length() > 500) {
            note = note.substring(0, 500);
        }
    }

    public static Replacement placed(OrderId orderId, Money credit, boolean shipsAtOnce, Instant at) {
        return new Replacement(Status.PLACED, orderId, credit, shipsAtOnce, null, at);
    }

    public static Replacement refundInstead(String why, Instant at) {
        return new Replacement(Status.REFUND_INSTEAD, null, null, false, why, at);
    }
}
