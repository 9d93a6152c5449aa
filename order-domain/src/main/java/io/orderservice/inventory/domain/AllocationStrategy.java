package io.orderservice.inventory.domain;

import io.orderservice.shared.Sku;
import java.util.List;
import java.util.Map;

/**
 * Decides which locations fulfil an order: pluggable, so a shop can ship from where it wants. Never allocates more
 * of a SKU at a location than is available there, and never splits what one location can ship whole without reason.
 */
public interface AllocationStrategy {

    /**
     * @param available   units available now, by location code and SKU (locations without a SKU's row have none)
     * @param destination where the order ships, or null when unknown
     */
    Allocation allocate(List<Demand> demand, List<StockLocation> locations, Map<String, Map<Sku, Integer>> available,
                        GeoPoint destination);
}
