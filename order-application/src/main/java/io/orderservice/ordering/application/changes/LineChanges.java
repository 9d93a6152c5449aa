package io.orderservice.ordering.application.changes;

import io.orderservice.ordering.application.port.in.OrderPlacementRefusedException;
import io.orderservice.ordering.application.port.in.PaymentUnavailableException;
import io.orderservice.ordering.application.port.out.OrderPricing.PricedBasket;
import io.orderservice.ordering.application.port.out.Payments;
import io.orderservice.ordering.application.port.out.RequestedLine;
import io.orderservice.ordering.domain.Actor;
import io.orderservice.ordering.domain.Order;
import io.orderservice.ordering.domain.OrderLine;
import io.orderservice.shared.Money;
import io.orderservice.shared.OrderId;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Changing the lines of an order: re-priced (kept lines keep their price, new ones are priced now; discount, tax and
 * shipping priced again), and the payment made to cover the new total. Shared by the customer's line changes and
 * the units a warehouse cannot find; the caller holds the order's lock and decides what happens to the stock, and
 * runs its transaction through {@link #covering} so that a re-authorisation is asked for outside it.
 */
@Component
public class LineChanges {

    private static final int MAX_PROPOSALS = 3;

    private final OrderRepricing repricing;
    private final Payments payments;
    private final Clock clock;

    LineChanges(OrderRepricing repricing, Payments payments, Clock clock) {
        this.repricing = repricing;
        this.payments = payments;
        this.clock = clock;
    }

    /** Re-prices the order for {@code requested} and changes its lines; false when nothing changed. */
    public boolean apply(Order order, List<RequestedLine> requested, Actor by) {
        var priced = repricing.price(order, requested, order.shippingAddress());
        return order.changeLines(linesOf(order, priced), priced.charges(), by, clock.instant());
    }

    /**
     * The payment covers the order's new total, in the change's transaction and without asking a gateway: it does
     * already (a total that shrank is only captured smaller at shipment), or a re-authorisation proposed for this change
     * does and is adopted. Otherwise the change is rolled back with {@link PaymentCoverNeeded}, for
     * {@link #covering} to propose one.
     */
    public void cover(Order order) {
        var total = order.totals().grandTotal();
        if (!(payments.coverNewTotal(order.id(), order.version(), total) instanceof Payments.Covered covered)) {
            throw new PaymentCoverNeeded(order.id(), order.version(), total);
        }
        if (!covered.reference().equals(order.paymentReference())) {
            order.recordReauthorisation(covered.reference());
        }
    }

    /**
     * Runs {@code change}, a transaction of its own that ends with {@link #cover}, so that no transaction is open and no
     * row locked while a gateway is asked (issue 17, item 9): when the order's payment does not cover the new total, the
     * change rolls back, a re-authorisation is proposed for it, and the change runs again to adopt it. A change refused
     * after the proposal was made withdraws it (its authorisation is released); one whose total moved again between
     * the two runs (a price changed meanwhile) is proposed for again, up to {@value #MAX_PROPOSALS} times.
     */
    public <T> T covering(Supplier<T> change) {
        try {
            return change.get();
        } catch (PaymentCoverNeeded needed) {
            return coveredBy(needed, change, 1);
        }
    }

    private <T> T coveredBy(PaymentCoverNeeded needed, Supplier<T> change, int proposal) {
        refuseUnlessAuthorised(payments.proposeCover(needed.orderId(), needed.orderVersion(), needed.newTotal()));
        try {
            return change.get();
        } catch (PaymentCoverNeeded again) {
            payments.withdrawCover(needed.orderId(), needed.orderVersion(), needed.newTotal());
            if (proposal == MAX_PROPOSALS) {
                throw new PaymentUnavailableException("the order's total kept changing while its payment was authorised"
                        + " again; nothing changed");
            }
            return coveredBy(again, change, proposal + 1);
        } catch (RuntimeException refused) {
            payments.withdrawCover(needed.orderId(), needed.orderVersion(), needed.newTotal());
            throw refused;
        }
    }

    private static void refuseUnlessAuthorised(Payments.PaymentOutcome outcome) {
        if (outcome instanceof Payments.Declined declined) {
            throw OrderPlacementRefusedException.paymentDeclined(declined.code(), declined.message());
        } else if (outcome instanceof Payments.ActionRequired) {
            throw OrderPlacementRefusedException.paymentDeclined("authentication_required",
                    "the new total needs the customer to confirm the payment; place a new order for the extra lines");
        } else if (outcome instanceof Payments.Unavailable unavailable) {
            throw new PaymentUnavailableException("no payment gateway could cover the new total: " + unavailable.reason());
        }
    }

    /** The change's transaction rolls back: its new total needs a re-authorisation, which no transaction may wait for. */
    static final class PaymentCoverNeeded extends RuntimeException {

        private final transient OrderId orderId;
        private final long orderVersion;
        private final transient Money newTotal;

        PaymentCoverNeeded(OrderId orderId, long orderVersion, Money newTotal) {
            super("order " + orderId + " needs its payment to cover " + newTotal, null, false, false);
            this.orderId = orderId;
            this.orderVersion = orderVersion;
            this.newTotal = newTotal;
        }

        OrderId orderId() { return orderId; }
        long orderVersion() { return orderVersion; }
        Money newTotal() { return newTotal; }
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
