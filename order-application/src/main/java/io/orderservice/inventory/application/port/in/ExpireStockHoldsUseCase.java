package io.orderservice.inventory.application.port.in;

import io.orderservice.shared.OrderId;
import java.util.Set;

/**
 * The safety net under placements: stock held for an order that was never confirmed — its placement died, or stalled
 * past the hold's lifetime ({@code order-service.inventory.hold-lifetime}) — goes back on sale, and its backorders
 * leave the queue. A placement that completes after all reserves its lines afresh.
 */
public interface ExpireStockHoldsUseCase {

    /** Returns the orders whose holds expired now. */
    Set<OrderId> expireLapsedHolds();
}
