package io.orderservice.ordering.application.port.in;

import io.orderservice.ordering.domain.OrderStatus;
import io.orderservice.ordering.domain.Shipment;
import io.orderservice.shared.OrderId;
import io.orderservice.shared.Sku;
import java.util.List;

/**
 * How an order is being fulfilled: its fulfilment groups (one per stock location holding its units — a warehouse,
 * or a supplier shipping directly), each with its lines, what of them has shipped, and its shipments.
 *
 * @throws OrderNotFoundException when there is no such order
 */
public interface GetFulfilmentQuery {

    Fulfilment fulfilment(OrderId orderId);

    record Fulfilment(OrderId orderId, OrderStatus status, List<Group> groups) {
        public Fulfilment {
            groups = List.copyOf(groups);
        }
    }

    record Group(String location, boolean dropShip, List<GroupLine> lines, List<Shipment> shipments) {
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
