package io.orderservice.ordering.application.port.out;

import io.orderservice.ordering.domain.event.BackorderNotification;
import io.orderservice.shared.OrderId;
import io.orderservice.shared.Sku;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Where an order's units are held: the fulfilment groups it ships in, one per stock location — a warehouse of the
 * shop, or a supplier who ships directly (drop-ship) — and the backorders that wait for a restock. Empty while nothing
 * is held (not placed yet, or ended).
 */
public interface FulfilmentPlans {

    FulfilmentPlan planOf(OrderId orderId);

    record FulfilmentPlan(List<FulfilmentGroup> groups, List<Backorder> backorders) {
        public FulfilmentPlan {
            groups = List.copyOf(groups);
            backorders = List.copyOf(backorders);
        }

        /** Whether some units still wait for a restock. */
        public boolean waitsForStock() {
            return backorders.stream().anyMatch(backorder -> backorder.waiting() > 0);
        }

        /** What waits for a restock, as the customer is told. */
        public List<BackorderNotification.Units> waitingUnits() {
            return backorders.stream().filter(backorder -> backorder.waiting() > 0)
                    .map(backorder -> new BackorderNotification.Units(backorder.sku().value(), backorder.waiting(),
                            backorder.restockExpected())).toList();
        }

        /** Units of the SKU that wait for a restock. */
        public int waitingUnitsOf(Sku sku) {
            return backorders.stream().filter(backorder -> backorder.sku().equals(sku)).mapToInt(Backorder::waiting).sum();
        }
    }

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

    /**
     * Units of a SKU the order was promised beyond the stock, and how many of them restocks have filled since (those
     * are held in a group now).
     *
     * @param restockExpected when the SKU's next restock is expected, or null when unknown
     */
    record Backorder(Sku sku, int quantity, int filled, LocalDate restockExpected, Instant since) {

        public int waiting() {
            return quantity - filled;
        }
    }
}
