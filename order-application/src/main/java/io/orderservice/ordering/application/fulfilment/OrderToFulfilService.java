package io.orderservice.ordering.application.fulfilment;

import io.orderservice.ordering.application.port.in.OrderNotFoundException;
import io.orderservice.ordering.application.port.in.fulfilment.OrderToFulfilQuery;
import io.orderservice.ordering.application.port.out.OrderRepository;
import io.orderservice.shared.OrderId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class OrderToFulfilService implements OrderToFulfilQuery {

    private final OrderRepository orders;

    OrderToFulfilService(OrderRepository orders) {
        this.orders = orders;
    }

    @Override
    @Transactional(readOnly = true)
    public OrderToFulfil toFulfil(OrderId orderId) {
        var order = orders.findById(orderId).orElseThrow(() -> new OrderNotFoundException(orderId));
        return new OrderToFulfil(order.id(), order.status(),
                order.lines().stream().map(line -> new Line(line.lineNumber(), line.sku())).toList());
    }
}
