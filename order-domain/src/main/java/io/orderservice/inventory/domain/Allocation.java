package io.orderservice.inventory.domain;

import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.Sku;
import java.util.List;
import java.util.Objects;

/**
 * How an order's demand is met: fulfilment groups (one per stock location, each its own shipment), the units that
 * wait for a restock (backordered), and the units that can be had nowhere (shortages, which refuse the order).
 */
public record Allocation(List<FulfilmentGroup> groups, List<Units> backordered, List<Shortage> shortages) {

    public Allocation {
        groups = List.copyOf(groups);
        backordered = List.copyOf(backordered);
        shortages = List.copyOf(shortages);
    }

    /** Units of one SKU. */
    public record Units(Sku sku, int quantity) {
        public Units {
            Objects.requireNonNull(sku, "sku");
            if (quantity < 1) {
                throw new InvalidValueException("units are at least one");
            }
        }
    }

    /** What one location ships: its lines. */
    public record FulfilmentGroup(StockLocation location, List<Units> lines) {
        public FulfilmentGroup {
            Objects.requireNonNull(location, "location");
            lines = List.copyOf(lines);
        }
    }

    /** A SKU that cannot be backordered and is not in stock enough anywhere. */
    public record Shortage(Sku sku, int requested, int available) {
    }

    public boolean refused() {
        return !shortages.isEmpty();
    }

    /** Units of the SKU allocated over all groups. */
    public int allocated(Sku sku) {
        return groups.stream().flatMap(group -> group.lines().stream()).filter(units -> units.sku().equals(sku))
                .mapToInt(Units::quantity).sum();
    }

    public int backordered(Sku sku) {
        return backordered.stream().filter(units -> units.sku().equals(sku)).mapToInt(Units::quantity).sum();
    }
}
