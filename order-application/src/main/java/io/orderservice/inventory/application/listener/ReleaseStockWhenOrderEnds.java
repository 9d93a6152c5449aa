package io.orderservice.inventory.application.listener;

import io.orderservice.inventory.application.port.out.StockAllocations;
import io.orderservice.ordering.domain.event.OrderStatusChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * An order that will not ship gives its stock back: cancelled or rejected. An order whose payment failed
 * keeps its stock for the payment retry window; when the window lapses it is cancelled, and then its
 * stock comes back here. Delivered at least once through the outbox; releasing twice changes nothing.
 * The condition is evaluated before the outbox stores anything, so other status changes cost no publication.
 */
@Component
class ReleaseStockWhenOrderEnds {

    private static final Logger log = LoggerFactory.getLogger(ReleaseStockWhenOrderEnds.class);

    private final StockAllocations allocations;

    ReleaseStockWhenOrderEnds(StockAllocations allocations) {
        this.allocations = allocations;
    }

    @ApplicationModuleListener(condition = "#event.endsWithoutSale()")
    void releaseStock(OrderStatusChanged event) {
        int released = allocations.releaseFor(event.orderId());
        log.info("Released {} reservation lines of the order ({})", released, event.to());
    }
}
