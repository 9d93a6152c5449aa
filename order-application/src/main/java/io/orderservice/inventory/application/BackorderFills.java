package io.orderservice.inventory.application;

import io.orderservice.inventory.application.port.out.StockLedger;
import io.orderservice.inventory.application.port.out.StockLedger.ItemLock;
import io.orderservice.inventory.domain.BackorderQueue;
import io.orderservice.shared.Sku;
import java.time.Clock;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fills backorders from stock that became available (a restock, a count that found more): the SKU's queue, as the
 * ledger keeps it, decides who is served ({@link BackorderQueue}); the fills are applied to the ledger and what the
 * queue recorded is published.
 */
@Component
class BackorderFills {

    private final StockLedger ledger;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BackorderFills(StockLedger ledger, ApplicationEventPublisher events, Clock clock) {
        this.ledger = ledger;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Serves the SKU's queue from what is available at the location. The caller holds the SKU's stock rows locked; the
     * SKU's policy is locked exclusively here, so a backorder an order is making at this moment is in the queue first.
     * Returns the units given to backorders.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    int serve(Sku sku, String location) {
        ledger.items(List.of(sku), ItemLock.EXCLUSIVE);
        var open = ledger.openBackorders(sku, true);
        if (open.isEmpty()) {
            return 0;
        }
        int available = ledger.levels(List.of(sku), false).stream().filter(level -> level.location().equals(location))
                .mapToInt(level -> level.available()).sum();
        var served = queueOf(sku, open).serve(available, clock.instant());
        var byId = open.stream().collect(Collectors.toMap(StockLedger.Backorder::id, Function.identity()));
        served.fills().forEach(fill -> ledger.fill(byId.get(fill.backorder().id()), location, fill.units()));
        served.filled().forEach(events::publishEvent);
        return served.given();
    }

    /** The SKU's queue as the ledger keeps it: its open backorders that still wait for units, oldest first. */
    static BackorderQueue queueOf(Sku sku, List<StockLedger.Backorder> open) {
        return new BackorderQueue(sku, open.stream().filter(backorder -> backorder.waiting() > 0)
                .map(backorder -> new BackorderQueue.Waiting(backorder.id(), backorder.orderId(), backorder.quantity(),
                        backorder.waiting())).toList());
    }
}
