package io.orderservice.inventory.application.port.out;

import io.orderservice.shared.OrderId;

/**
 * Turns an order's held reservations into allocations. A held reservation may expire (its order might
 * never be confirmed); an allocated one stays until it ships or the order is cancelled.
 */
public interface StockAllocations {

    /** Allocates what is held for the order; allocating twice changes nothing. Returns the lines allocated now. */
    int allocateHeldFor(OrderId orderId);

    /** Gives back what the order holds or was allocated; releasing twice changes nothing. Returns the lines released now. */
    int releaseFor(OrderId orderId);
}
