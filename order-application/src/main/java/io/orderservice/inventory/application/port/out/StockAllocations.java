package io.orderservice.inventory.application.port.out;

import io.orderservice.shared.OrderId;
import java.time.Instant;
import java.util.Set;

/**
 * Turns an order's held reservations (and backorders) into allocations. A held reservation expires when its order is
 * not confirmed in time (its placement died, or lapsed without anyone releasing it); an allocated one stays until it
 * ships or the order is cancelled.
 */
public interface StockAllocations {

    /**
     * Allocates what is held for the order, and puts its held backorders in the queue; allocating twice changes
     * nothing. Returns the reservation and backorder rows allocated now.
     */
    int allocateHeldFor(OrderId orderId);

    /** Gives back what the order holds or was allocated, and drops its backorders; releasing twice changes nothing. Returns the lines released now. */
    int releaseFor(OrderId orderId);

    /** Gives back what orders hold since before {@code cutoff} and never confirmed, backorders included. Returns the orders. */
    Set<OrderId> expireHeldBefore(Instant cutoff);

    /** Whether the order's hold expired: it had reservations or backorders, and all that it has are expired. */
    boolean expired(OrderId orderId);
}
