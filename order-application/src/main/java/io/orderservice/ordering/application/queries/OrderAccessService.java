package io.orderservice.ordering.application.queries;

import io.orderservice.ordering.application.port.in.OrderAccessQuery;
import io.orderservice.ordering.application.port.in.OrderNotFoundException;
import io.orderservice.ordering.application.port.out.OrderRepository;
import io.orderservice.shared.Caller;
import io.orderservice.shared.OrderId;
import org.springframework.stereotype.Service;

@Service
class OrderAccessService implements OrderAccessQuery {

    private final OrderRepository orders;

    OrderAccessService(OrderRepository orders) {
        this.orders = orders;
    }

    @Override
    public void requireReachable(OrderId id, Caller caller) {
        // Staff reach every order: nothing to read, the use case answers 404 for an order that does not exist.
        if (caller.reachesEveryCustomer()) {
            return;
        }
        if (!orders.customerOf(id).map(caller::reaches).orElse(false)) {
            throw new OrderNotFoundException(id);
        }
    }
}
