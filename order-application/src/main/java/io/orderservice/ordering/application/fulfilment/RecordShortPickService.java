package io.orderservice.ordering.application.fulfilment;

import io.orderservice.ordering.application.changes.LineChanges;
import io.orderservice.ordering.application.port.in.LineNotFoundException;
import io.orderservice.ordering.application.port.in.OrderNotFoundException;
import io.orderservice.ordering.application.port.in.OrderView;
import io.orderservice.ordering.application.port.in.fulfilment.RecordShortPickUseCase;
import io.orderservice.ordering.application.port.out.FulfilmentPlans;
import io.orderservice.ordering.application.port.out.OrderNotes;
import io.orderservice.ordering.application.port.out.OrderRepository;
import io.orderservice.ordering.application.port.out.RequestedLine;
import io.orderservice.ordering.application.queries.OrderViews;
import io.orderservice.ordering.domain.Actor;
import io.orderservice.ordering.domain.Order;
import io.orderservice.ordering.domain.OrderLine;
import io.orderservice.ordering.domain.OrderNote;
import io.orderservice.ordering.domain.OrderRefund;
import io.orderservice.ordering.domain.ShortPickRule;
import io.orderservice.ordering.domain.event.BackorderNotification;
import io.orderservice.shared.Money;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The order's part of a short pick, in the transaction that wrote the units off: the order's change, its note and its
 * events commit with the stock's, or not at all. No gateway is asked here: units given up may re-price the order above
 * what its payment holds (a threshold discount lost), and {@link CoverPaymentService} proposes that re-authorisation
 * between two runs.
 */
@Service
class RecordShortPickService implements RecordShortPickUseCase {

    private final OrderRepository orders;
    private final FulfilmentPlans plans;
    private final LineChanges lineChanges;
    private final OrderNotes notes;
    private final OrderViews views;
    private final Clock clock;

    RecordShortPickService(OrderRepository orders, FulfilmentPlans plans, LineChanges lineChanges, OrderNotes notes,
                           OrderViews views, Clock clock) {
        this.orders = orders;
        this.plans = plans;
        this.lineChanges = lineChanges;
        this.notes = notes;
        this.views = views;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public OrderView recordShortPick(ShortPickNews news) {
        var order = orders.lockById(news.orderId()).orElseThrow(() -> new OrderNotFoundException(news.orderId()));
        ShortPickRule.requireBeingShipped(order);
        var line = order.lines().stream().filter(each -> each.lineNumber() == news.lineNumber()).findFirst()
                .orElseThrow(() -> new LineNotFoundException(order.id(), news.lineNumber()));
        var by = Actor.of(news.by());
        var now = clock.instant();
        int historyBefore = order.history().size();
        if (news.backordered() > 0) {
            var expected = plans.planOf(order.id()).backorders().stream().filter(backorder -> backorder.sku().equals(line.sku()))
                    .map(FulfilmentPlans.Backorder::restockExpected).filter(Objects::nonNull).findFirst().orElse(null);
            var waiting = new BackorderNotification.Units(line.sku().value(), news.backordered(), expected);
            order.waitForRestock(List.of(waiting), "not found at " + news.location(), by, now);
        }
        if (news.unavailable() > 0) {
            giveUp(order, line, news.unavailable(), by, now);
        }
        notes.add(new OrderNote(order.id(), OrderNote.Visibility.INTERNAL, by, describe(news, line), now));
        // saved even when only split again among the locations: what it told its customer is published with it
        boolean changed = order.history().size() != historyBefore;
        orders.save(order);
        return changed ? views.of(order, order.version() + 1) : views.of(order);
    }

    /** Units no one has, given up as the domain's rule says ({@link ShortPickRule#giveUp}). */
    private void giveUp(Order order, OrderLine line, int units, Actor by, Instant now) {
        var giveUp = ShortPickRule.giveUp(order, line.lineNumber(), units);
        if (giveUp instanceof ShortPickRule.RefundThem refund) {
            order.refund(UUID.randomUUID(), OrderRefund.WILL_NOT_SHIP, refund.lines(), false,
                    Money.zero(order.totals().grandTotal().currency()), by, now);
        } else if (giveUp instanceof ShortPickRule.CancelTheOrder cancel) {
            order.cancel(cancel.reason(), by, now);
        } else {
            lineChanges.apply(order, ((ShortPickRule.TakeThemOff) giveUp).remaining().stream()
                    .map(kept -> new RequestedLine(kept.sku(), kept.quantity())).toList(), by);
            lineChanges.cover(order);
        }
    }

    private static String describe(ShortPickNews news, OrderLine line) {
        var text = new StringBuilder("Short pick at ").append(news.location()).append(": ").append(news.missing())
                .append(" × ").append(line.sku()).append(" (line ").append(line.lineNumber()).append(") not found");
        if (news.reason() != null && !news.reason().isBlank()) {
            text.append(" (").append(news.reason().strip()).append(')');
        }
        text.append(". ");
        news.reallocated().forEach((location, units) -> text.append(units).append(" now held at ").append(location).append("; "));
        if (news.backordered() > 0) {
            text.append(news.backordered()).append(" backordered; ");
        }
        if (news.unavailable() > 0) {
            text.append(news.unavailable()).append(" unavailable, taken off the order or refunded; ");
        }
        return text.toString().strip();
    }
}
