package io.orderservice.ordering.application.fulfilment;

import io.orderservice.ordering.application.port.in.OrderNotFoundException;
import io.orderservice.ordering.application.port.in.fulfilment.RecordDeliveryUseCase;
import io.orderservice.ordering.application.port.out.OrderRepository;
import io.orderservice.ordering.domain.Actor;
import io.orderservice.shared.OrderId;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class RecordDeliveryService implements RecordDeliveryUseCase {

    private final OrderRepository orders;

    RecordDeliveryService(OrderRepository orders) {
        this.orders = orders;
    }

    @Override
    @Transactional
    public void recordDelivery(OrderId orderId, boolean everyShipmentDelivered, int shipments, Instant deliveredAt) {
        var order = orders.lockById(orderId).orElseThrow(() -> new OrderNotFoundException(orderId));
        if (order.delivered(everyShipmentDelivered, shipments, Actor.system(), deliveredAt)) {
            orders.save(order);
        }
    }
}
