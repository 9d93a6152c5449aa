package io.orderservice.ordering.application.fulfilment;

import io.orderservice.ordering.application.changes.LineChanges;
import io.orderservice.ordering.application.port.in.LineNotFoundException;
import io.orderservice.ordering.application.port.in.OrderNotFoundException;
import io.orderservice.ordering.application.port.in.ReportShortPickUseCase.ShortPickCommand;
import io.orderservice.ordering.application.port.in.ReportShortPickUseCase.ShortPickReport;
import io.orderservice.ordering.application.port.in.fulfilment.ShipmentView;
import io.orderservice.ordering.application.port.out.FulfilmentPlans;
import io.orderservice.ordering.application.port.out.OrderNotes;
import io.orderservice.ordering.application.port.out.OrderRepository;
import io.orderservice.ordering.application.port.out.RequestedLine;
import io.orderservice.ordering.application.port.out.ShortPickRecords.RecordedShortPick;
import io.orderservice.ordering.application.port.out.ShortPickRecords;
import io.orderservice.ordering.application.port.out.ShortPicks;
import io.orderservice.ordering.application.queries.OrderViews;
import io.orderservice.ordering.domain.Actor;
import io.orderservice.ordering.domain.Order;
import io.orderservice.ordering.domain.OrderLine;
import io.orderservice.ordering.domain.OrderNote;
import io.orderservice.ordering.domain.OrderRefund;
import io.orderservice.ordering.domain.ShortPickRule;
import io.orderservice.ordering.domain.event.BackorderNotification;
import io.orderservice.shared.AccessRefusedException;
import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.Money;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * One run of a short pick: under the order's row lock, in one transaction with the stock (same database), the
 * write-off, the new split, the order's change, its note and its events commit together or not at all. No gateway is
 * asked here: units given up may re-price the order above what its payment holds (a threshold discount lost), and
 * {@link ReportShortPickService} proposes that re-authorisation between two runs.
 */
@Component
class ShortPickRecording {

    private final OrderRepository orders;
    private final FulfilmentPlans plans;
    private final ShortPicks shortPicks;
    private final LineChanges lineChanges;
    private final OrderNotes notes;
    private final ShortPickRecords records;
    private final Clock clock;
    private final OrderViews views;

    ShortPickRecording(OrderRepository orders, FulfilmentPlans plans, ShortPicks shortPicks, LineChanges lineChanges,
                       OrderNotes notes, ShortPickRecords records, Clock clock, OrderViews views) {
        this.views = views;
        this.orders = orders;
        this.plans = plans;
        this.shortPicks = shortPicks;
        this.lineChanges = lineChanges;
        this.notes = notes;
        this.records = records;
        this.clock = clock;
    }

    @Transactional
    public ShortPickReport report(ShortPickCommand command) {
        if (!command.by().actsAt(command.location())) {
            throw new AccessRefusedException("this caller does not act for location " + command.location());
        }
        var order = orders.lockById(command.orderId()).orElseThrow(() -> new OrderNotFoundException(command.orderId()));
        var id = command.requestKey() == null ? UUID.randomUUID() : command.requestKey().derivedId();
        var recorded = command.requestKey() == null ? Optional.<RecordedShortPick>empty() : records.find(id);
        if (recorded.isPresent()) {
            // the same report, run again after a crash lost its answer: what came of it then, nothing written off twice
            return new ShortPickReport(views.of(order), recorded.get().reallocated(), recorded.get().backordered(),
                    recorded.get().givenUp());
        }
        ShortPickRule.requireBeingShipped(order);
        var line = order.lines().stream().filter(each -> each.lineNumber() == command.lineNumber()).findFirst()
                .orElseThrow(() -> new LineNotFoundException(order.id(), command.lineNumber()));
        requireUnshippedAt(order, line, command);
        var outcome = shortPicks.resolve(order.id(), command.location(), line.sku(), command.missing(), order.shippingAddress());
        var by = Actor.of(command.by());
        var now = clock.instant();
        int historyBefore = order.history().size();
        if (outcome.backordered() > 0) {
            var expected = plans.planOf(order.id()).backorders().stream().filter(backorder -> backorder.sku().equals(line.sku()))
                    .map(FulfilmentPlans.Backorder::restockExpected).filter(Objects::nonNull).findFirst().orElse(null);
            var waiting = new BackorderNotification.Units(line.sku().value(), outcome.backordered(), expected);
            order.waitForRestock(List.of(waiting), "not found at " + command.location(), by, now);
        }
        if (outcome.unavailable() > 0) {
            giveUp(order, line, outcome.unavailable(), by, now);
        }
        notes.add(new OrderNote(order.id(), OrderNote.Visibility.INTERNAL, by, describe(command, line, outcome), now));
        records.add(new RecordedShortPick(id, order.id(), command.location(), line.lineNumber(), command.missing(),
                outcome.reallocated(), outcome.backordered(), outcome.unavailable(), command.by().subject(), now));
        // saved even when only split again among the locations: what it told its customer is published with it
        boolean changed = order.history().size() != historyBefore;
        orders.save(order);
        return new ShortPickReport(changed ? views.of(order, order.version() + 1) : views.of(order),
                outcome.reallocated(), outcome.backordered(), outcome.unavailable());
    }

    /** The location's group holds at least the missing units of the line, not shipped from there yet. */
    private void requireUnshippedAt(Order order, OrderLine line, ShortPickCommand command) {
        int held = plans.planOf(order.id()).groups().stream().filter(group -> group.location().equals(command.location()))
                .mapToInt(group -> group.unitsOf(line.sku())).sum();
        int shippedFromThere = ShipmentView.shippedFrom(views.shipmentsOf(order), command.location(), line.lineNumber());
        if (held - shippedFromThere < command.missing()) {
            throw new InvalidValueException(command.location() + " holds " + Math.max(0, held - shippedFromThere)
                    + " unit(s) of line " + line.lineNumber() + " that have not shipped, not " + command.missing());
        }
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

    private static String describe(ShortPickCommand command, OrderLine line, ShortPicks.ShortPickOutcome outcome) {
        var text = new StringBuilder("Short pick at ").append(command.location()).append(": ").append(command.missing())
                .append(" × ").append(line.sku()).append(" (line ").append(line.lineNumber()).append(") not found");
        if (command.reason() != null && !command.reason().isBlank()) {
            text.append(" (").append(command.reason().strip()).append(')');
        }
        text.append(". ");
        outcome.reallocated().forEach((location, units) -> text.append(units).append(" now held at ").append(location).append("; "));
        if (outcome.backordered() > 0) {
            text.append(outcome.backordered()).append(" backordered; ");
        }
        if (outcome.unavailable() > 0) {
            text.append(outcome.unavailable()).append(" unavailable, taken off the order or refunded; ");
        }
        return text.toString().strip();
    }
}
