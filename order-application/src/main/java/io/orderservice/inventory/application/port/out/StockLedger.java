package io.orderservice.inventory.application.port.out;

import io.orderservice.inventory.application.port.in.StockLevel;
import io.orderservice.inventory.domain.Allocation;
import io.orderservice.inventory.domain.StockLocation;
import io.orderservice.shared.OrderId;
import io.orderservice.shared.Sku;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The stock on the shelves of every location and the reservations held against it, in the caller's transaction.
 * Reserving is lock, decide, hold: the stock rows of the SKUs concerned are locked in one order (SKU, then location)
 * so concurrent orders serialise per SKU and never deadlock, the allocation is decided on what they show, and held
 * before the locks go (ADR 0018).
 */
public interface StockLedger {

    /** Locks the stock rows of the SKUs at every active location and reads what is available there. */
    StockPosition lock(Collection<Sku> skus);

    /** What the order holds or has allocated now, by location code and SKU. */
    Map<String, Map<Sku, Integer>> heldBy(OrderId orderId);

    /** Takes the allocation's groups off the shelves and records them as the order's reservations, held or allocated. */
    void hold(OrderId orderId, Allocation allocation, Hold hold);

    enum Hold { HELD, ALLOCATED }

    /** Every reservation of the order that holds or held stock (released ones left out), by location then SKU. */
    List<Reservation> reservationsOf(OrderId orderId);

    /**
     * Takes a shipment's units off the shelf for good: the order's reservation at the location (any of its
     * locations, in order, when null) counts them as committed, and the shelf's on-hand and reserved quantities go
     * down. Once per shipment and SKU: a repeat returns what the first time committed. Returns the units committed
     * (fewer when the order holds fewer there).
     */
    int commit(OrderId orderId, UUID shipmentId, String location, Sku sku, int units);

    /**
     * The SKUs' stock rows at every location, by SKU then location; locked in that order (as reserving locks them)
     * when {@code forUpdate}.
     */
    List<StockLevel> levels(Collection<Sku> skus, boolean forUpdate);

    /** Whether an active location has this code. */
    boolean locationExists(String location);

    /** Sets the units on hand (creating the row when the location has none for the SKU); reservations stay. */
    void setOnHand(String location, Sku sku, int onHand);

    /** One reservation row: units held at a location, and how many of them have shipped. */
    record Reservation(StockLocation location, Sku sku, int quantity, int committed) {
    }

    /**
     * What allocation needs to know of the stock.
     *
     * @param locations the active locations
     * @param available units on the shelf not reserved, by location code and SKU
     */
    record StockPosition(List<StockLocation> locations, Map<String, Map<Sku, Integer>> available) {
        public StockPosition {
            locations = List.copyOf(locations);
            available = Map.copyOf(available);
        }
    }
}
