package io.orderservice.inventory.application;

import io.orderservice.fulfilment.application.port.out.ShortPicks;
import io.orderservice.inventory.application.port.out.StockLedger.Hold;
import io.orderservice.inventory.application.port.out.StockLedger.ItemLock;
import io.orderservice.inventory.application.port.out.StockLedger;
import io.orderservice.inventory.domain.Allocation;
import io.orderservice.inventory.domain.AllocationStrategy;
import io.orderservice.inventory.domain.CountryCentroids;
import io.orderservice.inventory.domain.Demand;
import io.orderservice.inventory.domain.StockItem;
import io.orderservice.shared.Address;
import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.OrderId;
import io.orderservice.shared.Sku;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inventory's answer to ordering's {@link ShortPicks}: under the SKU's stock locks, the missing units leave the
 * location's count and the order's reservation there, and the allocation strategy splits them off again among the
 * other locations — the short one is left out, its count was wrong — backordering what no one has when the SKU
 * allows it.
 */
@Service
class ResolveShortPicks implements ShortPicks {

    private final StockLedger ledger;
    private final AllocationStrategy strategy;

    ResolveShortPicks(StockLedger ledger, AllocationStrategy strategy) {
        this.ledger = ledger;
        this.strategy = strategy;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public ShortPickOutcome resolve(OrderId orderId, String location, Sku sku, int missing, Address shipTo) {
        if (missing < 1) {
            throw new InvalidValueException("a short pick is of at least one unit");
        }
        var position = ledger.lock(List.of(sku));
        if (!ledger.writeOff(orderId, location, sku, missing)) {
            throw new InvalidValueException(location + " holds fewer than " + missing + " unshipped unit(s) of " + sku
                    + " for order " + orderId);
        }
        var others = position.locations().stream().filter(each -> !each.code().equals(location)).toList();
        var available = new HashMap<>(position.available());
        available.remove(location);
        boolean backorderable = ledger.items(List.of(sku), ItemLock.SHARED).getOrDefault(sku, StockItem.fromStockOnly(sku))
                .backorderable();
        var allocation = strategy.allocate(List.of(new Demand(sku, missing, backorderable)), others, available,
                CountryCentroids.of(shipTo.countryCode()).orElse(null));
        var reallocated = new LinkedHashMap<String, Integer>();
        for (var group : allocation.groups()) {
            for (var units : group.lines()) {
                ledger.reserveMore(orderId, group.location().code(), units.sku(), units.quantity(), true);
                reallocated.merge(group.location().code(), units.quantity(), Integer::sum);
            }
        }
        if (!allocation.backordered().isEmpty()) {
            ledger.hold(orderId, new Allocation(List.of(), allocation.backordered(), List.of()), Hold.ALLOCATED);
        }
        int backordered = allocation.backordered(sku);
        return new ShortPickOutcome(reallocated, backordered, missing - allocation.allocated(sku) - backordered);
    }
}
