package io.orderservice.inventory.application.listener;

import io.orderservice.inventory.application.port.out.StockAllocations;
import io.orderservice.ordering.domain.event.OrderPlaced;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Once an order is placed (committed), its stock is no longer tentative. Delivered at least once
 * through the outbox, so allocating is idempotent.
 */
@Component
class AllocateStockWhenOrderPlaced {

    private static final Logger log = LoggerFactory.getLogger(AllocateStockWhenOrderPlaced.class);

    private final StockAllocations allocations;

    AllocateStockWhenOrderPlaced(StockAllocations allocations) {
        this.allocations = allocations;
    }

    @ApplicationModuleListener
    void allocateReservedStock(OrderPlaced event) {
        var allocated = allocations.allocateHeldFor(event.orderId());
        log.debug("Allocated {} held reservation lines for order {}", allocated, event.orderId());
    }
}
