package io.orderservice.fulfilment.application;

import io.orderservice.fulfilment.application.port.in.ReportShortPickUseCase.ShortPickCommand;
import io.orderservice.fulfilment.application.port.in.ReportShortPickUseCase.ShortPickReport;
import io.orderservice.fulfilment.application.port.out.Fulfilments;
import io.orderservice.fulfilment.application.port.out.ShortPickRecords.RecordedShortPick;
import io.orderservice.fulfilment.application.port.out.ShortPickRecords;
import io.orderservice.fulfilment.application.port.out.ShortPicks;
import io.orderservice.ordering.application.port.in.GetOrderQuery;
import io.orderservice.ordering.application.port.in.fulfilment.LineToPick;
import io.orderservice.ordering.application.port.in.fulfilment.LineToPickQuery;
import io.orderservice.ordering.application.port.in.fulfilment.RecordShortPickUseCase.ShortPickNews;
import io.orderservice.ordering.application.port.in.fulfilment.RecordShortPickUseCase;
import io.orderservice.ordering.application.port.out.FulfilmentPlans;
import io.orderservice.shared.AccessRefusedException;
import io.orderservice.shared.InvalidValueException;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * One run of a short pick, in one transaction with the stock and the order (same database): with the order's
 * fulfilment held and its row locked, the write-off, the new split, the order's change, its note and its events commit
 * together or not at all. No gateway is asked here ({@link ReportShortPickService}).
 */
@Component
class ShortPickRecording {

    private final Fulfilments fulfilments;
    private final LineToPickQuery linesToPick;
    private final FulfilmentPlans plans;
    private final ShortPicks shortPicks;
    private final RecordShortPickUseCase shortPicked;
    private final ShortPickRecords records;
    private final GetOrderQuery orders;
    private final Clock clock;

    ShortPickRecording(Fulfilments fulfilments, LineToPickQuery linesToPick, FulfilmentPlans plans, ShortPicks shortPicks,
                       RecordShortPickUseCase shortPicked, ShortPickRecords records, GetOrderQuery orders, Clock clock) {
        this.fulfilments = fulfilments;
        this.linesToPick = linesToPick;
        this.plans = plans;
        this.shortPicks = shortPicks;
        this.shortPicked = shortPicked;
        this.records = records;
        this.orders = orders;
        this.clock = clock;
    }

    @Transactional
    public ShortPickReport report(ShortPickCommand command) {
        if (!command.by().actsAt(command.location())) {
            throw new AccessRefusedException("this caller does not act for location " + command.location());
        }
        fulfilments.hold(Set.of(command.orderId()));
        var id = command.requestKey() == null ? UUID.randomUUID() : command.requestKey().derivedId();
        var recorded = command.requestKey() == null ? Optional.<RecordedShortPick>empty() : records.find(id);
        if (recorded.isPresent()) {
            // the same report, run again after a crash lost its answer: what came of it then, nothing written off twice
            return new ShortPickReport(orders.get(command.orderId(), command.by()), recorded.get().reallocated(),
                    recorded.get().backordered(), recorded.get().givenUp());
        }
        var line = linesToPick.lineToPick(command.orderId(), command.lineNumber());
        requireUnshippedAt(line, command);
        var outcome = shortPicks.resolve(line.orderId(), command.location(), line.sku(), command.missing(), line.shipTo());
        var order = shortPicked.recordShortPick(new ShortPickNews(line.orderId(), line.lineNumber(), command.location(),
                command.missing(), outcome.reallocated(), outcome.backordered(), outcome.unavailable(), command.reason(),
                command.by()));
        records.add(new RecordedShortPick(id, line.orderId(), command.location(), line.lineNumber(), command.missing(),
                outcome.reallocated(), outcome.backordered(), outcome.unavailable(), command.by().subject(), clock.instant()));
        return new ShortPickReport(order, outcome.reallocated(), outcome.backordered(), outcome.unavailable());
    }

    /** The location's group holds at least the missing units of the line, not shipped from there yet. */
    private void requireUnshippedAt(LineToPick line, ShortPickCommand command) {
        int held = plans.planOf(line.orderId()).groups().stream().filter(group -> group.location().equals(command.location()))
                .mapToInt(group -> group.unitsOf(line.sku())).sum();
        int shippedFromThere = fulfilments.of(line.orderId()).shippedFrom(command.location(), line.lineNumber());
        if (held - shippedFromThere < command.missing()) {
            throw new InvalidValueException(command.location() + " holds " + Math.max(0, held - shippedFromThere)
                    + " unit(s) of line " + line.lineNumber() + " that have not shipped, not " + command.missing());
        }
    }
}
