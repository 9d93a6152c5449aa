package io.orderservice.ordering.application.port.out;

import io.orderservice.shared.OrderId;
import io.orderservice.shared.Sku;
import java.util.List;
import java.util.Objects;

/**
 * Where an order's units are held: the fulfilment groups it ships in, one per stock location — a warehouse of the
 * shop, or a supplier who ships directly (drop-ship). Empty while nothing is held (not placed yet, or ended).
 */
public interface FulfilmentPlans {

    List<FulfilmentGroup> groupsOf(OrderId orderId);

    record FulfilmentGroup(String location, boolean dropShip, List<GroupLine> lines) {
        public FulfilmentGroup {
            Objects.requireNonNull(location, "location");
            lines = List.copyOf(lines);
        }

        public int unitsOf(Sku sku) {
            return lines.stream().filter(line -> line.sku().equals(sku)).mapToInt(GroupLine::quantity).sum();
        }
    }

    /** Units of a SKU held for the order at the group's location (shipped ones included). */
    record GroupLine(Sku sku, int quantity) {
    }
}
