package io.orderservice.inventory.application;

import io.orderservice.inventory.application.port.out.StockLedger;
import io.orderservice.inventory.application.port.out.StockLedger.ItemLock;
import io.orderservice.inventory.domain.event.BackorderFilled;
import io.orderservice.shared.Sku;
import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each SKU's waiting backorders, served first come first served from stock that becomes available (a restock, a
 * count that found more). The oldest backorder takes what it still wants before the next one gets any — a partial
 * fill keeps its place — so nobody who ordered later is served earlier.
 */
@Component
class BackorderQueue {

    private final StockLedger ledger;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BackorderQueue(StockLedger ledger, ApplicationEventPublisher events, Clock clock) {
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
        int given = 0;
        for (var backorder : open) {
            if (available == 0) {
                break;
            }
            int units = Math.min(backorder.waiting(), available);
            ledger.fill(backorder, location, units);
            available -= units;
            given += units;
            if (units == backorder.waiting()) {
                events.publishEvent(new BackorderFilled(backorder.orderId(), sku, backorder.quantity(), clock.instant()));
            }
        }
        return given;
    }
}
