package io.orderservice.inventory.application.port.out;

import io.orderservice.shared.OrderId;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Turns an order's held reservations (and backorders) into allocations. A held reservation expires when its order is
 * not confirmed in time (its placement died, or lapsed without anyone releasing it); an allocated one stays until it
 * ships or the order is cancelled.
 */
public interface StockAllocations {

    /**
     * Allocates what is held for the order, and puts its held backorders in the queue; allocating twice changes
     * nothing. Answers how many rows it allocated now and, when that is some, the order's reservations and backorders
     * as they stand after (in the same statement: the confirmation of a placement reads no more).
     */
    HeldAllocated allocateHeld(OrderId orderId);

    /**
     * An allocation of what an order held.
     *
     * @param allocatedNow the reservation and backorder rows allocated now
     * @param reservations the order's live reservations, by location and SKU; empty when nothing was allocated now
     * @param backorders   the order's open and filled backorders, oldest first; empty when nothing was allocated now
     */
    record HeldAllocated(int allocatedNow, List<StockLedger.Reservation> reservations, List<StockLedger.Backorder> backorders) {
        public HeldAllocated {
            reservations = List.copyOf(reservations);
            backorders = List.copyOf(backorders);
        }
    }

    /** Gives back what the order holds or was allocated, and drops its backorders; releasing twice changes nothing. Returns the lines released now. */
    int releaseFor(OrderId orderId);

    /** Gives back what orders hold since before {@code cutoff} and never confirmed, backorders included. Returns the orders. */
    Set<OrderId> expireHeldBefore(Instant cutoff);

    /** Whether the order's hold expired: it had reservations or backorders, and all that it has are expired. */
    boolean expired(OrderId orderId);
}
