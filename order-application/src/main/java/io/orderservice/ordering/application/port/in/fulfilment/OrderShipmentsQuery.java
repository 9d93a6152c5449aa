package io.orderservice.ordering.application.port.in.fulfilment;

import io.orderservice.ordering.domain.Shipment;
import io.orderservice.ordering.domain.status.OrderStatus;
import io.orderservice.shared.OrderId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Where an order stands and what has left for it, for fulfilment's views. The shipments are ordering's until they
 * move to fulfilment (ADR 0030, step 2).
 */
public interface OrderShipmentsQuery {

    /** @throws io.orderservice.ordering.application.port.in.OrderNotFoundException when there is no such order */
    OrderShipments shipmentsOf(OrderId orderId);

    record OrderShipments(OrderId orderId, OrderStatus status, List<ShipmentView> shipments) {
        public OrderShipments {
            shipments = List.copyOf(shipments);
        }
    }

    /** A shipment as it left and, once the carrier says so, its delivery. */
    record ShipmentView(UUID id, String carrier, String trackingNumber, String trackingUrl, List<ShippedUnits> lines,
                        Instant shippedAt, String location, Instant deliveredAt) {
        public ShipmentView {
            lines = List.copyOf(lines);
        }

        public static ShipmentView of(Shipment shipment) {
            return new ShipmentView(shipment.id(), shipment.carrier(), shipment.trackingNumber(), shipment.trackingUrl(),
                    shipment.lines().stream().map(line -> new ShippedUnits(line.lineNumber(), line.quantity().value())).toList(),
                    shipment.shippedAt(), shipment.location(), shipment.deliveredAt());
        }
    }

    record ShippedUnits(int lineNumber, int quantity) {
    }
}
