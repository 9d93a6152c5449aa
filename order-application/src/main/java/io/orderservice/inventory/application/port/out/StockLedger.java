package io.orderservice.inventory.application.port.out;

import io.orderservice.inventory.application.port.in.StockLevel;
import io.orderservice.inventory.domain.Allocation;
import io.orderservice.inventory.domain.StockItem;
import io.orderservice.inventory.domain.StockLocation;
import io.orderservice.shared.OrderId;
import io.orderservice.shared.Sku;
import java.time.Instant;
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

    /**
     * Takes the allocation's groups off the shelves and records them as the order's reservations, held or allocated,
     * and its backordered units as the order's backorders, at the end of the queue (held while the order is placed,
     * waiting once it is).
     */
    void hold(OrderId orderId, Allocation allocation, Hold hold);

    enum Hold { HELD, ALLOCATED }

    /**
     * The SKUs' stock policies (a SKU without one is sold from stock only), by SKU. An order that backorders reads
     * them under a shared lock, a restock exclusively: so the restock sees every backorder an order made at the same
     * moment for a SKU no location had a stock row for (and so no lock to queue on).
     */
    Map<Sku, StockItem> items(Collection<Sku> skus, ItemLock lock);

    enum ItemLock { NONE, SHARED, EXCLUSIVE }

    /** Sets a SKU's stock policy. */
    void setItem(StockItem item);

    /**
     * The SKU's backorders still to fill, first come first; locked when {@code forUpdate} (to fill them: the stock rows
     * are locked already), read as they stand otherwise.
     */
    List<Backorder> openBackorders(Sku sku, boolean forUpdate);

    /** The order's backorders, waiting or filled (released and expired ones left out), oldest first. */
    List<Backorder> backordersOf(OrderId orderId);

    /**
     * Reserves {@code units} more of the SKU for the order at the location (allocated once the order is placed, held
     * before): added to its reservation there, or a reservation of its own. The stock rows are locked.
     */
    void reserveMore(OrderId orderId, String location, Sku sku, int units, boolean placed);

    /**
     * The location cannot find {@code units} it holds for the order: they leave the order's reservation there and the
     * shelf's count (on hand and reserved). False, changing nothing, when it holds fewer unshipped units of the SKU
     * for the order. The stock rows are locked.
     */
    boolean writeOff(OrderId orderId, String location, Sku sku, int units);

    /**
     * Fills {@code units} of the backorder from the location's shelf: the units are reserved there for its order (an
     * allocated reservation) and counted as filled; complete, the backorder is FILLED. The stock rows are locked.
     */
    void fill(Backorder backorder, String location, int units);

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

    /**
     * Units an order waits for.
     *
     * @param filled units already reserved for it from restocks
     * @param placed whether its order is placed (a backorder is held while the placement runs, like stock)
     */
    record Backorder(long id, OrderId orderId, Sku sku, int quantity, int filled, boolean placed, Instant since) {

        public int waiting() {
            return quantity - filled;
        }
    }

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
