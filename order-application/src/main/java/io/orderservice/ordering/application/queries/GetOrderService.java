package io.orderservice.ordering.application.queries;

import io.orderservice.ordering.application.port.in.GetOrderQuery;
import io.orderservice.ordering.application.port.in.OrderNotFoundException;
import io.orderservice.ordering.application.port.in.OrderView;
import io.orderservice.ordering.application.port.out.OrderRepository;
import io.orderservice.shared.Caller;
import io.orderservice.shared.OrderId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class GetOrderService implements GetOrderQuery {

    private final OrderRepository orders;
    private final OrderViews views;

    GetOrderService(OrderRepository orders, OrderViews views) {
        this.orders = orders;
        this.views = views;
    }

    @Override
    @Transactional(readOnly = true)
    public OrderView get(OrderId id, Caller caller) {
        return orders.findById(id).filter(order -> caller.reaches(order.customerId())).map(views::of)
                .orElseThrow(() -> new OrderNotFoundException(id));
    }
}
