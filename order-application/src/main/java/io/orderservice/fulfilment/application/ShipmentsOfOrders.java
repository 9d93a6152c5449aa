package io.orderservice.fulfilment.application;

import io.orderservice.fulfilment.application.port.out.Fulfilments;
import io.orderservice.fulfilment.domain.Shipment;
import io.orderservice.ordering.application.port.in.fulfilment.ShipmentView;
import io.orderservice.ordering.application.port.out.Shipments;
import io.orderservice.shared.OrderId;
import java.util.List;
import org.springframework.stereotype.Service;

/** Ordering's {@link Shipments} port: an order's shipments are kept here, as its fulfilment. */
@Service
class ShipmentsOfOrders implements Shipments {

    private final Fulfilments fulfilments;

    ShipmentsOfOrders(Fulfilments fulfilments) {
        this.fulfilments = fulfilments;
    }

    @Override
    public List<ShipmentView> of(OrderId orderId) {
        return fulfilments.of(orderId).shipments().stream().map(ShipmentsOfOrders::view).toList();
    }

    static ShipmentView view(Shipment shipment) {
        return new ShipmentView(shipment.id(), shipment.carrier(), shipment.trackingNumber(), shipment.trackingUrl(),
                shipment.lines().stream().map(line -> new ShipmentView.ShippedUnits(line.lineNumber(), line.quantity().value()))
                        .toList(), shipment.shippedAt(), shipment.location(), shipment.deliveredAt());
    }
}
