package io.orderservice.inventory.domain;

import io.orderservice.inventory.domain.Allocation.FulfilmentGroup;
import io.orderservice.inventory.domain.Allocation.Shortage;
import io.orderservice.inventory.domain.Allocation.Units;
import io.orderservice.shared.Sku;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The default allocation: as few shipments as possible, then the nearest locations. The shop's warehouses are used
 * first — repeatedly the one that can ship the most of what is still wanted (ties: the nearest, then by code), so a
 * warehouse that holds everything ships everything — and what no warehouse holds goes to the suppliers the same way
 * (drop-ship). What is then still wanted is backordered where the SKU allows it; otherwise it is a shortage and the
 * order is refused.
 */
public final class FewestShipmentsThenNearest implements AllocationStrategy {

    @Override
    public Allocation allocate(List<Demand> demand, List<StockLocation> locations, Map<String, Map<Sku, Integer>> available,
                               GeoPoint destination) {
        var wanted = new LinkedHashMap<Sku, Integer>();
        demand.forEach(each -> wanted.merge(each.sku(), each.quantity(), Integer::sum));
        var left = new LinkedHashMap<String, Map<Sku, Integer>>();
        available.forEach((location, bySku) -> left.put(location, new LinkedHashMap<>(bySku)));
        var groups = new LinkedHashMap<StockLocation, Map<Sku, Integer>>();
        for (var kind : StockLocation.Kind.values()) {
            var candidates = locations.stream().filter(location -> location.kind() == kind).toList();
            while (true) {
                var best = candidates.stream()
                        .filter(location -> coverage(location, wanted, left) > 0)
                        .min(Comparator.comparingInt((StockLocation location) -> -coverage(location, wanted, left))
                                .thenComparingDouble(location -> location.kilometresTo(destination))
                                .thenComparing(StockLocation::code));
                if (best.isEmpty()) {
                    break;
                }
                take(best.get(), wanted, left, groups);
            }
        }
        var backordered = new ArrayList<Units>();
        var shortages = new ArrayList<Shortage>();
        for (var each : wanted.entrySet()) {
            if (each.getValue() == 0) {
                continue;
            }
            var backorderable = demand.stream().anyMatch(d -> d.sku().equals(each.getKey()) && d.backorderable());
            if (backorderable) {
                backordered.add(new Units(each.getKey(), each.getValue()));
            } else {
                int requested = demand.stream().filter(d -> d.sku().equals(each.getKey())).mapToInt(Demand::quantity).sum();
                shortages.add(new Shortage(each.getKey(), requested, requested - each.getValue()));
            }
        }
        var allocated = groups.entrySet().stream().map(group -> new FulfilmentGroup(group.getKey(),
                group.getValue().entrySet().stream().map(units -> new Units(units.getKey(), units.getValue())).toList())).toList();
        return new Allocation(allocated, backordered, shortages);
    }

    private static int coverage(StockLocation location, Map<Sku, Integer> wanted, Map<String, Map<Sku, Integer>> left) {
        var there = left.getOrDefault(location.code(), Map.of());
        return wanted.entrySet().stream().mapToInt(each -> Math.min(each.getValue(), there.getOrDefault(each.getKey(), 0))).sum();
    }

    private static void take(StockLocation location, Map<Sku, Integer> wanted, Map<String, Map<Sku, Integer>> left,
                             Map<StockLocation, Map<Sku, Integer>> groups) {
        var there = left.get(location.code());
        for (var each : wanted.entrySet()) {
            int units = Math.min(each.getValue(), there.getOrDefault(each.getKey(), 0));
            if (units > 0) {
                each.setValue(each.getValue() - units);
                there.merge(each.getKey(), -units, Integer::sum);
                groups.computeIfAbsent(location, ignored -> new LinkedHashMap<>()).merge(each.getKey(), units, Integer::sum);
            }
        }
    }
}
