package io.orderservice.inventory.application.listener;

import io.orderservice.inventory.application.port.out.StockLedger;
import io.orderservice.ordering.domain.event.OrderShipped;
import io.orderservice.shared.Sku;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Shipped units leave the shelf for good: the order's reservations at the shipment's location count them as
 * committed and the location's on-hand stock goes down. Delivered at least once through the outbox; a repeat of the
 * same shipment commits nothing more (the ledger remembers each shipment's commitment). A shipment that names no location commits from the order's locations in order.
 */
@Component
class CommitStockWhenOrderShips {

    private static final Logger log = LoggerFactory.getLogger(CommitStockWhenOrderShips.class);

    private final StockLedger ledger;

    CommitStockWhenOrderShips(StockLedger ledger) {
        this.ledger = ledger;
    }

    @ApplicationModuleListener
    void commit(OrderShipped event) {
        for (var line : event.lines()) {
            int committed = ledger.commit(event.orderId(), event.shipmentId(), event.location(), new Sku(line.sku()),
                    line.quantity());
            if (committed < line.quantity()) {
                log.warn("Shipment {} of order {}: {} unit(s) of {} shipped, {} were held{}", event.shipmentId(),
                        event.orderId(), line.quantity(), line.sku(), committed,
                        event.location() == null ? "" : " at " + event.location());
            }
        }
    }
}
