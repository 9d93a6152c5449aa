package io.orderservice.inventory.application;

import io.orderservice.inventory.application.port.out.StockAllocations;
import io.orderservice.inventory.application.port.out.StockLedger;
import io.orderservice.inventory.application.port.out.StockLedger.ItemLock;
import io.orderservice.inventory.application.port.out.StockLedger.Hold;
import io.orderservice.inventory.domain.Allocation;
import io.orderservice.inventory.domain.AllocationStrategy;
import io.orderservice.inventory.domain.CountryCentroids;
import io.orderservice.inventory.domain.Demand;
import io.orderservice.inventory.domain.StockItem;
import io.orderservice.ordering.application.port.out.RequestedLine;
import io.orderservice.ordering.application.port.out.StockReservations;
import io.orderservice.shared.Address;
import io.orderservice.shared.OrderId;
import io.orderservice.shared.Sku;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inventory's answer to ordering's {@link StockReservations} port: the order's lines allocated across the stock
 * locations by the {@link AllocationStrategy} (split into fulfilment groups where no one location holds them all),
 * decided and held while the stock rows are locked, in the caller's transaction. Units of a SKU that may be
 * backordered wait for a restock at the end of its queue; a shortage of any other holds nothing.
 */
@Service
class ReserveStockForOrders implements StockReservations {

    private final StockLedger ledger;
    private final StockAllocations allocations;
    private final AllocationStrategy strategy;
    private final FulfilmentGroupsFromReservations plans;

    ReserveStockForOrders(StockLedger ledger, StockAllocations allocations, AllocationStrategy strategy,
                          FulfilmentGroupsFromReservations plans) {
        this.ledger = ledger;
        this.allocations = allocations;
        this.strategy = strategy;
        this.plans = plans;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public ReservationOutcome reserve(OrderId orderId, List<RequestedLine> lines, Address shipTo) {
        return allocate(orderId, lines, shipTo, Map.of(), Hold.HELD);
    }

    /**
     * The order's reservations and backorders are given back and its new lines allocated afresh, with the units it
     * held counted as available again — all while the rows of the old and new SKUs are locked, so nothing changes on
     * a shortage (the caller's transaction rolls back) and no other order slips in between. Backorders go to the end
     * of the queue again.
     */
    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public ReservationOutcome adjust(OrderId orderId, List<RequestedLine> lines, Address shipTo) {
        return allocate(orderId, lines, shipTo, ledger.heldBy(orderId), Hold.ALLOCATED);
    }

    private ReservationOutcome allocate(OrderId orderId, List<RequestedLine> lines, Address shipTo,
                                        Map<String, Map<Sku, Integer>> heldBefore, Hold hold) {
        var wanted = new TreeMap<Sku, Integer>(Comparator.comparing(Sku::value));
        lines.forEach(line -> wanted.merge(line.sku(), line.quantity().value(), Integer::sum));
        var skus = new TreeSet<>(Comparator.comparing(Sku::value));
        skus.addAll(wanted.keySet());
        heldBefore.values().forEach(bySku -> skus.addAll(bySku.keySet()));
        var position = ledger.lock(skus);
        var available = new HashMap<String, Map<Sku, Integer>>();
        position.available().forEach((location, bySku) -> available.put(location, new HashMap<>(bySku)));
        heldBefore.forEach((location, bySku) -> bySku.forEach((sku, units) ->
                available.computeIfAbsent(location, ignored -> new HashMap<>()).merge(sku, units, Integer::sum)));
        var nearTo = CountryCentroids.of(shipTo.countryCode()).orElse(null);
        var allocation = strategy.allocate(demand(wanted, Set.of()), position.locations(), available, nearTo);
        if (allocation.refused()) {
            // Only now are the stock policies read: an order the shelves can serve costs no statement for them.
            var shortSkus = allocation.shortages().stream().map(Allocation.Shortage::sku).toList();
            var backorderable = ledger.items(shortSkus, ItemLock.SHARED).values().stream().filter(StockItem::backorderable)
                    .map(StockItem::sku).collect(Collectors.toSet());
            if (!backorderable.isEmpty()) {
                allocation = strategy.allocate(demand(wanted, backorderable), position.locations(), available, nearTo);
            }
        }
        if (allocation.refused()) {
            return new InsufficientStock(allocation.shortages().stream()
                    .map(shortage -> new Shortage(shortage.sku(), shortage.requested(), shortage.available())).toList());
        }
        if (hold == Hold.ALLOCATED) {
            allocations.releaseFor(orderId);
        }
        ledger.hold(orderId, allocation, hold);
        return new Reserved();
    }

    private static List<Demand> demand(Map<Sku, Integer> wanted, Set<Sku> backorderable) {
        return wanted.entrySet().stream().map(each -> new Demand(each.getKey(), each.getValue(),
                backorderable.contains(each.getKey()))).toList();
    }

    /**
     * A hold that expired before the placement completed (its saga stalled past the reservation's lifetime) is
     * reserved afresh: the order gets its stock if it is still there, and is refused like a new order if not. The plan
     * comes with the allocation when it allocated something; otherwise (confirmed before, reserved afresh) it is read.
     */
    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public ReservationOutcome confirm(OrderId orderId, List<RequestedLine> lines, Address shipTo) {
        var held = allocations.allocateHeld(orderId);
        if (held.allocatedNow() > 0) {
            return new Allocated(plans.planOf(held.reservations(), held.backorders()));
        }
        if (allocations.expired(orderId)
                && allocate(orderId, lines, shipTo, Map.of(), Hold.ALLOCATED) instanceof InsufficientStock insufficient) {
            return insufficient;
        }
        return new Allocated(plans.planOf(orderId));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public int release(OrderId orderId) {
        return allocations.releaseFor(orderId);
    }
}
