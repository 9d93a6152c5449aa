package io.orderservice.ordering.application.fulfilment;

import io.orderservice.ordering.application.port.in.OrderNotFoundException;
import io.orderservice.ordering.application.port.in.fulfilment.OrderStatusQuery;
import io.orderservice.ordering.application.port.out.OrderRepository;
import io.orderservice.ordering.domain.status.OrderStatus;
import io.orderservice.shared.OrderId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class OrderStatusService implements OrderStatusQuery {

    private final OrderRepository orders;

    OrderStatusService(OrderRepository orders) {
        this.orders = orders;
    }

    @Override
    @Transactional(readOnly = true)
    public OrderStatus statusOf(OrderId orderId) {
        return orders.findById(orderId).orElseThrow(() -> new OrderNotFoundException(orderId)).status();
    }
}
