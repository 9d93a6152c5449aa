package io.orderservice.ordering.application;

import io.orderservice.ordering.application.port.in.OrderPlacementRefusedException;
import io.orderservice.ordering.application.port.in.PaymentUnavailableException;
import io.orderservice.ordering.application.port.out.OrderPricing.PricedBasket;
import io.orderservice.ordering.application.port.out.Payments;
import io.orderservice.ordering.application.port.out.RequestedLine;
import io.orderservice.ordering.domain.Actor;
import io.orderservice.ordering.domain.Order;
import io.orderservice.ordering.domain.OrderLine;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Changing the lines of an order: re-priced (kept lines keep their price, new ones are priced now; discount, tax and
 * shipping priced again), and the payment made to cover the new total. Shared by the customer's line changes and
 * the units a warehouse cannot find; the caller holds the order's lock and decides what happens to the stock.
 */
@Component
class LineChanges {

    private final OrderRepricing repricing;
    private final Payments payments;
    private final Clock clock;

    LineChanges(OrderRepricing repricing, Payments payments, Clock clock) {
        this.repricing = repricing;
        this.payments = payments;
        this.clock = clock;
    }

    /** Re-prices the order for {@code requested} and changes its lines; false when nothing changed. */
    boolean apply(Order order, List<RequestedLine> requested, Actor by) {
        var priced = repricing.price(order, requested, order.shippingAddress());
        return order.changeLines(linesOf(order, priced), priced.charges(), by, clock.instant());
    }

    /**
     * The payment covers the order's new total: re-authorised with the same method when it grew, only the total
     * captured at shipment when it shrank.
     */
    void cover(Order order) {

        var outcome = payments.coverNewTotal(order.id(), order.version(), order.totals().grandTotal());
        if (outcome instanceof Payments.Authorised authorised) {
            if (!authorised.reference().equals(order.paymentReference())) {
                order.recordReauthorisation(authorised.reference());
            }
        } else if (outcome instanceof Payments.Declined declined) {
            throw OrderPlacementRefusedException.paymentDeclined(declined.code(), declined.message());
        } else if (outcome instanceof Payments.ActionRequired) {
            throw OrderPlacementRefusedException.paymentDeclined("authentication_required",
                    "the new total needs the customer to confirm the payment; place a new order for the extra lines");
        } else {
            throw new PaymentUnavailableException("no payment gateway could cover the new total: "
                    + ((Payments.Unavailable) outcome).reason());
        }
    }


    /** Kept lines keep their number and price; new ones are numbered after the highest number the order had. */
    private static List<OrderLine> linesOf(Order order, PricedBasket priced) {
        int next = order.lines().stream().mapToInt(OrderLine::lineNumber).max().orElse(0) + 1;
        var lines = new ArrayList<OrderLine>();
        for (var pricedLine : priced.lines()) {
            var kept = order.lines().stream().filter(line -> line.sku().equals(pricedLine.sku())).findFirst();
            lines.add(kept.isPresent()
                    ? new OrderLine(kept.get().lineNumber(), kept.get().sku(), kept.get().name(), pricedLine.quantity(),
                    kept.get().unitPrice())
                    : new OrderLine(next++, pricedLine.sku(), pricedLine.name(), pricedLine.quantity(), pricedLine.unitPrice()));
        }
        return lines;
    }
}
