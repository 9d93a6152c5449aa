package io.orderservice.returns.domain;

import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.Money;
import io.orderservice.shared.Quantity;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What the warehouse recorded when a return arrived (ADR 0034): per approved line, the units fit to sell again, the
 * units accepted but not fit to sell (damaged, as the customer said), and the units refused at inspection (used, not
 * the item sent); what is not counted did not arrive. Units refused or missing are not refunded.
 *
 * @param location   the stock location it arrived at, where restockable units go back on hand
 * @param receivedBy who recorded it (the warehouse's token subject)
 * @param refundId   the order's refund for it, once recorded; null when nothing was refunded
 * @param refunded   what that refund gives back; null with it
 * @param discountRecount what was kept back of it for the discount the goods kept no longer earn (negative: given back),
 *                        once counted; null before that and when nothing was refundable
 */
public record ReturnReceipt(String location, List<Line> lines, String receivedBy, Instant at, UUID refundId, Money refunded,
                            Money discountRecount) {

    /** One approved line as it arrived. */
    public record Line(int lineNumber, int restockable, int damaged, int refused) {
        public Line {
            if (lineNumber < 1 || restockable < 0 || damaged < 0 || refused < 0) {
                throw new InvalidValueException("a received line counts units of a line, none negative");
            }
        }

        public int arrived() {
            return restockable + damaged + refused;
        }

        /** The units refunded: those that arrived and were not refused. */
        public int refundable() {
            return restockable + damaged;
        }
    }

    public ReturnReceipt {
        if (location == null || !location.matches("[A-Za-z0-9-]{1,32}")) {
            throw new InvalidValueException("a receipt names the stock location it arrived at");
        }
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new InvalidValueException("a receipt counts at least one line");
        }
        var numbers = new HashSet<Integer>();
        for (var line : lines) {
            if (!numbers.add(line.lineNumber())) {
                throw new InvalidValueException("order line " + line.lineNumber() + " appears twice in a receipt");
            }
        }
        Objects.requireNonNull(receivedBy, "receivedBy");
        Objects.requireNonNull(at, "at");
        if ((refundId == null) != (refunded == null)) {
            throw new InvalidValueException("a receipt's refund has an id and an amount, or neither");
        }
    }

    /** What arrived, as it arrived: nothing counted or refunded yet. */
    public static ReturnReceipt of(String location, List<Line> lines, String receivedBy, Instant at) {
        return new ReturnReceipt(location, lines, receivedBy, at, null, null, null);
    }

    /** The same receipt with its refund counted: refunded under {@code id}, or with nothing to refund (null, null). */
    ReturnReceipt withRefund(UUID id, Money amount, Money recount) {
        return new ReturnReceipt(location, lines, receivedBy, at, id, amount, Objects.requireNonNull(recount, "discountRecount"));
    }

    /** Whether its refund was counted (and recorded on the order when there was something to refund). */
    public boolean counted() {
        return discountRecount != null;
    }

    /** Units of the order line refunded. */
    public int refunds(int lineNumber) {
        return lines.stream().filter(line -> line.lineNumber() == lineNumber).mapToInt(Line::refundable).sum();
    }

    /** Units refunded per line, the lines with none left out. */
    public List<ReturnLine> refundedUnits() {
        return lines.stream().filter(line -> line.refundable() > 0)
                .map(line -> new ReturnLine(line.lineNumber(), Quantity.of(line.refundable()))).toList();
    }
}
