package io.orderservice.ordering.application.changes;

import io.orderservice.ordering.application.port.in.ChangeOrderLinesUseCase.AddLine;
import io.orderservice.ordering.application.port.in.ChangeOrderLinesUseCase.ChangeOrderLinesCommand;
import io.orderservice.ordering.application.port.in.ChangeOrderLinesUseCase.ChangeQuantity;
import io.orderservice.ordering.application.port.in.ChangeOrderLinesUseCase.LineChange;
import io.orderservice.ordering.application.port.in.ChangeOrderLinesUseCase.RemoveLine;
import io.orderservice.ordering.application.port.in.LineNotFoundException;
import io.orderservice.ordering.application.port.in.OrderNotFoundException;
import io.orderservice.ordering.application.port.in.OrderPlacementRefusedException;
import io.orderservice.ordering.application.port.in.OrderView;
import io.orderservice.ordering.application.port.in.StaleOrderException;
import io.orderservice.ordering.application.port.out.FulfilmentPlans;
import io.orderservice.ordering.application.port.out.OrderRepository;
import io.orderservice.ordering.application.port.out.PlacementSagas;
import io.orderservice.ordering.application.port.out.RequestedLine;
import io.orderservice.ordering.application.port.out.StockReservations.InsufficientStock;
import io.orderservice.ordering.application.port.out.StockReservations;
import io.orderservice.ordering.application.queries.OrderViews;
import io.orderservice.ordering.domain.Actor;
import io.orderservice.ordering.domain.IllegalOrderTransitionException;
import io.orderservice.ordering.domain.Order;
import io.orderservice.ordering.domain.saga.IllegalSagaStateException;
import io.orderservice.ordering.domain.status.OrderAction;
import io.orderservice.ordering.domain.status.OrderStatus;
import io.orderservice.shared.InvalidValueException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * One run of a change of an order's lines: under its row lock, in one transaction with the stock adjustment (same
 * database), so a shortage or a total its payment does not cover rolls everything back. No gateway is asked here
 * ({@link ChangeOrderLinesService} proposes a re-authorisation between two runs).
 */
@Component
class LineChangeRecording {

    private final OrderRepository orders;
    private final PlacementSagas sagas;
    private final LineChanges lineChanges;
    private final StockReservations stock;
    private final FulfilmentPlans plans;
    private final Clock clock;
    private final OrderViews views;

    LineChangeRecording(OrderRepository orders, PlacementSagas sagas, LineChanges lineChanges, StockReservations stock,
                        FulfilmentPlans plans, Clock clock, OrderViews views) {
        this.views = views;
        this.orders = orders;
        this.sagas = sagas;
        this.lineChanges = lineChanges;
        this.stock = stock;
        this.plans = plans;
        this.clock = clock;
    }

    @Transactional
    public OrderView change(ChangeOrderLinesCommand command) {
        var order = orders.lockById(command.orderId()).orElseThrow(() -> new OrderNotFoundException(command.orderId()));
        if (command.expectedVersion() != order.version()) {
            throw new StaleOrderException(order.id(), command.expectedVersion(), order.version());
        }
        if (!order.status().allowedActions().contains(OrderAction.CHANGE_LINES)) {
            throw new IllegalOrderTransitionException(order.id(), order.status(), OrderAction.CHANGE_LINES);
        }
        sagas.find(order.id()).filter(saga -> !saga.status().isAtRest()).ifPresent(saga -> {
            throw new IllegalSagaStateException("order " + order.id() + " is being placed; change its lines once it is placed");
        });
        var requested = requestedLines(order, command.change());
        if (!lineChanges.apply(order, requested, Actor.of(command.by()))) {
            return views.of(order);
        }
        if (order.status() != OrderStatus.PENDING_APPROVAL) {
            // placed: its stock is held and its payment authorised; awaiting approval, neither happened yet
            if (stock.adjust(order.id(), requested, order.shippingAddress()) instanceof InsufficientStock shortage) {
                throw OrderPlacementRefusedException.insufficientStock(shortage.shortages());
            }
            // the new lines may wait for a restock where the old ones did not, or no longer wait
            order.followStock(plans.planOf(order.id()).waitingUnits(), Actor.system(), clock.instant());
            lineChanges.cover(order);
        }
        orders.save(order);
        return views.of(order, order.version() + 1);
    }

    private static List<RequestedLine> requestedLines(Order order, LineChange change) {
        var lines = new ArrayList<RequestedLine>();
        boolean found = change instanceof AddLine;
        for (var line : order.lines()) {
            if (change instanceof AddLine add && line.sku().equals(add.sku())) {
                throw new InvalidValueException("line " + line.lineNumber() + " has " + add.sku()
                        + " already: change its quantity instead");
            } else if (change instanceof ChangeQuantity quantity && quantity.lineNumber() == line.lineNumber()) {
                lines.add(new RequestedLine(line.sku(), quantity.quantity()));
                found = true;
            } else if (change instanceof RemoveLine remove && remove.lineNumber() == line.lineNumber()) {
                found = true;
            } else {
                lines.add(new RequestedLine(line.sku(), line.quantity()));
            }
        }
        if (!found) {
            throw new LineNotFoundException(order.id(), change instanceof ChangeQuantity q ? q.lineNumber()
                    : ((RemoveLine) change).lineNumber());
        }
        if (change instanceof AddLine add) {
            lines.add(new RequestedLine(add.sku(), add.quantity()));
        }
        if (lines.isEmpty()) {
            throw new InvalidValueException("an order keeps at least one line: cancel it instead");
        }
        return lines;
    }
}
