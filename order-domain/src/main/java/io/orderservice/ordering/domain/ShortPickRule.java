package io.orderservice.ordering.domain;

import io.orderservice.ordering.domain.status.OrderAction;
import io.orderservice.ordering.domain.status.OrderStatus;
import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.Quantity;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A short pick — units a location cannot find — on the order's side. It is reported only while the order is being
 * shipped. Units that no location has and that may not be backordered are given up. Before any money was captured,
 * they are taken off the order, which is re-priced (and cancelled when nothing is left). After, they are refunded as
 * will-not-ship.
 */
public final class ShortPickRule {

    private static final Set<OrderStatus> BEING_SHIPPED = EnumSet.of(OrderStatus.PAID, OrderStatus.BACKORDERED,
            OrderStatus.PARTIALLY_SHIPPED);

    private ShortPickRule() {
    }

    /** What becomes of units no one has. */
    public sealed interface GiveUp permits RefundThem, TakeThemOff, CancelTheOrder {
    }

    /** Money was captured: the units are refunded as will-not-ship. */
    public record RefundThem(List<Order.LineRefund> lines) implements GiveUp {
        public RefundThem {
            lines = List.copyOf(lines);
        }
    }

    /** Nothing captured yet: the order keeps these lines (kept lines keep their number and price) and is re-priced. */
    public record TakeThemOff(List<OrderLine> remaining) implements GiveUp {
        public TakeThemOff {
            remaining = List.copyOf(remaining);
        }
    }

    /** Nothing captured yet and nothing of the order left. */
    public record CancelTheOrder(String reason) implements GiveUp {
    }

    /** @throws IllegalOrderTransitionException when the order is not being shipped */
    public static void requireBeingShipped(Order order) {
        if (!BEING_SHIPPED.contains(order.status())) {
            throw new IllegalOrderTransitionException(order.id(), order.status(), OrderAction.SHIP);
        }
    }

    /** Decides what becomes of {@code units} of line {@code lineNumber} that no location has. */
    public static GiveUp giveUp(Order order, int lineNumber, int units) {
        var line = order.lines().stream().filter(each -> each.lineNumber() == lineNumber).findFirst()
                .orElseThrow(() -> new InvalidValueException("order " + order.id() + " has no line " + lineNumber));
        if (units < 1 || units > line.quantity().value()) {
            throw new InvalidValueException("line " + lineNumber + " has " + line.quantity().value() + " unit(s), not "
                    + units + " to give up");
        }
        if (!order.payment().captured().isZero()) {
            return new RefundThem(List.of(new Order.LineRefund(lineNumber, Quantity.of(units))));
        }
        var remaining = new ArrayList<OrderLine>();
        for (var each : order.lines()) {
            int quantity = each.lineNumber() == lineNumber ? each.quantity().value() - units : each.quantity().value();
            if (quantity > 0) {
                remaining.add(new OrderLine(each.lineNumber(), each.sku(), each.name(), Quantity.of(quantity), each.unitPrice()));
            }
        }
        return remaining.isEmpty() ? new CancelTheOrder("nothing of the order is available") : new TakeThemOff(remaining);
    }
}
