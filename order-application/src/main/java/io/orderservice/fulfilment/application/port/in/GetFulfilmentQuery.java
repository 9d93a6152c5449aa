package io.orderservice.fulfilment.application.port.in;

import io.orderservice.ordering.application.port.in.fulfilment.ShipmentView;
import io.orderservice.ordering.domain.status.OrderStatus;
import io.orderservice.shared.OrderId;
import io.orderservice.shared.Sku;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * How an order is being fulfilled: its fulfilment groups (one per stock location holding its units — a warehouse,
 * or a supplier shipping directly), each with its lines, what of them has shipped, and its shipments; and its
 * backorders, units that wait for a restock.
 *
 * @throws io.orderservice.ordering.application.port.in.OrderNotFoundException when there is no such order
 */
public interface GetFulfilmentQuery {

    Fulfilment fulfilment(OrderId orderId);

    record Fulfilment(OrderId orderId, OrderStatus status, List<Group> groups, List<Backorder> backorders) {
        public Fulfilment {
            groups = List.copyOf(groups);
            backorders = List.copyOf(backorders);
        }
    }

    /**
     * Units of a SKU that waited or wait for a restock; filled ones are held in a group now.
     *
     * @param restockExpected when the SKU's restock is expected, or null when unknown
     */
    record Backorder(Sku sku, int quantity, int filled, LocalDate restockExpected, Instant since) {

        public int waiting() {
            return quantity - filled;
        }
    }

    record Group(String location, boolean dropShip, List<GroupLine> lines, List<ShipmentView> shipments) {
        public Group {
            lines = List.copyOf(lines);
            shipments = List.copyOf(shipments);
        }

        public boolean shipped() {
            return lines.stream().allMatch(line -> line.shipped() >= line.quantity());
        }
    }

    /** Units of an order line held at the group's location, and how many of them have left from there. */
    record GroupLine(int lineNumber, Sku sku, int quantity, int shipped) {
    }
}
