package io.orderservice.inventory.application;

import io.orderservice.inventory.application.port.out.StockAllocations;
import io.orderservice.inventory.application.port.out.StockLedger;
import io.orderservice.inventory.application.port.out.StockLedger.Hold;
import io.orderservice.inventory.domain.AllocationStrategy;
import io.orderservice.inventory.domain.CountryCentroids;
import io.orderservice.inventory.domain.Demand;
import io.orderservice.ordering.application.port.out.RequestedLine;
import io.orderservice.ordering.application.port.out.StockReservations;
import io.orderservice.shared.Address;
import io.orderservice.shared.OrderId;
import io.orderservice.shared.Sku;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inventory's answer to ordering's {@link StockReservations} port: the order's lines allocated across the stock
 * locations by the {@link AllocationStrategy} (split into fulfilment groups where no one location holds them all),
 * decided and held while the stock rows are locked, in the caller's transaction. A shortage anywhere holds nothing.
 */
@Service
class ReserveStockForOrders implements StockReservations {

    private final StockLedger ledger;
    private final StockAllocations allocations;
    private final AllocationStrategy strategy;

    ReserveStockForOrders(StockLedger ledger, StockAllocations allocations, AllocationStrategy strategy) {
        this.ledger = ledger;
        this.allocations = allocations;
        this.strategy = strategy;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public ReservationOutcome reserve(OrderId orderId, List<RequestedLine> lines, Address shipTo) {
        return allocate(orderId, lines, shipTo, Map.of(), Hold.HELD);
    }

    /**
     * The order's reservations are given back and its new lines allocated afresh, with the units it held counted as
     * available again — all while the rows of the old and new SKUs are locked, so nothing changes on a shortage
     * (the caller's transaction rolls back) and no other order slips in between.
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
        // backorders are not taken yet: what no location holds is a shortage
        var demand = wanted.entrySet().stream().map(each -> new Demand(each.getKey(), each.getValue(), false)).toList();
        var allocation = strategy.allocate(demand, position.locations(), available,
                CountryCentroids.of(shipTo.countryCode()).orElse(null));
        if (allocation.refused()) {
            return new InsufficientStock(allocation.shortages().stream()
                    .map(shortage -> new Shortage(shortage.sku(), shortage.requested(), shortage.available())).toList());
        }
        if (!heldBefore.isEmpty()) {
            allocations.releaseFor(orderId);
        }
        ledger.hold(orderId, allocation, hold);
        return new Reserved();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public int confirm(OrderId orderId) {
        return allocations.allocateHeldFor(orderId);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public int release(OrderId orderId) {
        return allocations.releaseFor(orderId);
    }
}
