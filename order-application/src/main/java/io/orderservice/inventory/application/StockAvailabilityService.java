package io.orderservice.inventory.application;

import io.orderservice.inventory.application.port.in.StockAvailabilityQuery;
import io.orderservice.inventory.application.port.out.StockLedger.ItemLock;
import io.orderservice.inventory.application.port.out.StockLedger;
import io.orderservice.inventory.domain.StockItem;
import io.orderservice.shared.Sku;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/** Two plain reads, no transaction and no lock: what a cart shows may be a moment old, and placing checks again. */
@Service
class StockAvailabilityService implements StockAvailabilityQuery {

    private final StockLedger ledger;

    StockAvailabilityService(StockLedger ledger) {
        this.ledger = ledger;
    }

    @Override
    public Map<Sku, Sellable> sellable(Collection<Sku> skus) {
        if (skus.isEmpty()) {
            return Map.of();
        }
        var asked = List.copyOf(skus);
        var units = new HashMap<Sku, Integer>();
        for (var level : ledger.levels(asked, false)) {
            units.merge(level.sku(), Math.max(0, level.available()), Integer::sum);
        }
        var items = ledger.items(asked, ItemLock.NONE);
        var sellable = new HashMap<Sku, Sellable>();
        for (var sku : asked) {
            var item = items.getOrDefault(sku, StockItem.fromStockOnly(sku));
            sellable.put(sku, new Sellable(units.getOrDefault(sku, 0), item.backorderable(), item.restockExpected()));
        }
        return Map.copyOf(sellable);
    }
}
