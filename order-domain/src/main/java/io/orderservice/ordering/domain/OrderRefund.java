package io.orderservice.ordering.domain;

import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.Money;
import io.orderservice.shared.Quantity;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Money an order gives back, as the order records it: asked for (by an operator, or by a cancellation
 * that releases an authorisation), then settled by the payment capability, successfully or not.
 *
 * @param kind       REFUND gives back captured money; VOID releases an authorisation nothing was captured from
 * @param reasonCode machine-readable why, e.g. {@code damaged}, {@code goodwill}, {@code order-cancelled}
 * @param lines      the order lines it gives back (units and their share of the money), possibly none
 * @param shipping   whether it includes the order's shipping charge
 * @param failure    why the payment capability could not give it back; null unless FAILED
 * @param settledAt  when it succeeded or failed; null while REQUESTED
 * @param reference  what it is for, in the words of the capability that asked, e.g. {@code return RMA-…}; null when
 *                   the reason code says enough
 * @param retriedAs  the refund an operator asked for again in its place, once it FAILED; else null
 */
public record OrderRefund(UUID id, Kind kind, String reasonCode, Money amount, List<RefundedLine> lines, boolean shipping,
                          Status status, String failure, Actor requestedBy, Instant requestedAt, Instant settledAt,
                          String reference, UUID retriedAs) {

    /** The reason of a refund for units that have not shipped and will not: the order stops waiting for them. */
    public static final String WILL_NOT_SHIP = "will-not-ship";


    private static final Pattern REASON_CODE = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    public enum Kind { REFUND, VOID }

    public enum Status { REQUESTED, SUCCEEDED, FAILED }

    /** Units of one order line given back, and the money they stand for (their share of discount and tax included). */
    public record RefundedLine(int lineNumber, Quantity quantity, Money amount) {
        public RefundedLine {
            Objects.requireNonNull(quantity, "quantity");
            Objects.requireNonNull(amount, "amount");
            if (lineNumber < 1 || amount.isNegative()) {
                throw new InvalidValueException("a refunded line needs a line number and an amount not negative");
            }
        }
    }

    public OrderRefund {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(requestedBy, "requestedBy");
        Objects.requireNonNull(requestedAt, "requestedAt");
        if (reasonCode == null || !REASON_CODE.matcher(reasonCode).matches()) {
            throw new InvalidValueException("a refund's reason code is 1 to 40 lower-case letters, digits and dashes, not "
                    + reasonCode);
        }
        if (amount.isNegative() || amount.isZero()) {
            throw new InvalidValueException("a refund gives back a positive amount, not " + amount);
        }
        lines = lines == null ? List.of() : List.copyOf(lines);
        if ((status == Status.REQUESTED) != (settledAt == null)) {
            throw new InvalidValueException("a refund is settled exactly when it succeeded or failed");
        }
        if ((status == Status.FAILED) != (failure != null)) {
            throw new InvalidValueException("a failed refund says why, and only a failed one");
        }
        if (reference != null && (reference.isBlank() || reference.length() > 120)) {
            throw new InvalidValueException("a refund's reference has 1 to 120 characters");
        }
        if (retriedAs != null && status != Status.FAILED) {
            throw new InvalidValueException("only a failed refund is asked for again");
        }
    }

    static OrderRefund requested(UUID id, Kind kind, String reasonCode, Money amount, List<RefundedLine> lines,
                                 boolean shipping, Actor by, Instant at, String reference) {
        return new OrderRefund(id, kind, reasonCode, amount, lines, shipping, Status.REQUESTED, null, by, at, null, reference,
                null);
    }

    /** Whether it failed and nobody asked for it again yet: an operator's to deal with. */
    public boolean awaitsRetry() {
        return status == Status.FAILED && retriedAs == null && kind == Kind.REFUND;
    }

    OrderRefund retriedAs(UUID retry) {
        return new OrderRefund(id, kind, reasonCode, amount, lines, shipping, status, failure, requestedBy, requestedAt,
                settledAt, reference, Objects.requireNonNull(retry, "retry"));
    }

    OrderRefund settled(boolean succeeded, String why, Instant at) {
        return new OrderRefund(id, kind, reasonCode, amount, lines, shipping, succeeded ? Status.SUCCEEDED : Status.FAILED,
                succeeded ? null : (why == null || why.isBlank() ? "refused" : why), requestedBy, requestedAt, at, reference,
                retriedAs);
    }

    /** Whether it holds money back from further refunds: asked for and not failed. */
    boolean counts() {
        return status != Status.FAILED;
    }

    int quantityOf(int lineNumber) {
        return lines.stream().filter(line -> line.lineNumber() == lineNumber).mapToInt(line -> line.quantity().value()).sum();
    }

    public boolean forUnitsThatWillNotShip() {
        return WILL_NOT_SHIP.equals(reasonCode);
    }
}
