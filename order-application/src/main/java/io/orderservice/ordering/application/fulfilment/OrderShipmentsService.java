package io.orderservice.ordering.application.fulfilment;

import io.orderservice.ordering.application.port.in.OrderNotFoundException;
import io.orderservice.ordering.application.port.in.fulfilment.OrderShipmentsQuery;
import io.orderservice.ordering.application.port.out.OrderRepository;
import io.orderservice.shared.OrderId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class OrderShipmentsService implements OrderShipmentsQuery {

    private final OrderRepository orders;

    OrderShipmentsService(OrderRepository orders) {
        this.orders = orders;
    }

    @Override
    @Transactional(readOnly = true)
    public OrderShipments shipmentsOf(OrderId orderId) {
        var order = orders.findById(orderId).orElseThrow(() -> new OrderNotFoundException(orderId));
        return new OrderShipments(orderId, order.status(), order.shipments().stream().map(ShipmentView::of).toList());
    }
}
