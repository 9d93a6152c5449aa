package io.orderservice.ordering.application.fulfilment;

import io.orderservice.ordering.application.port.in.LineNotFoundException;
import io.orderservice.ordering.application.port.in.OrderNotFoundException;
import io.orderservice.ordering.application.port.in.fulfilment.LineToPick;
import io.orderservice.ordering.application.port.in.fulfilment.LineToPickQuery;
import io.orderservice.ordering.application.port.out.OrderRepository;
import io.orderservice.ordering.domain.ShortPickRule;
import io.orderservice.shared.OrderId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class LineToPickService implements LineToPickQuery {

    private final OrderRepository orders;

    LineToPickService(OrderRepository orders) {
        this.orders = orders;
    }

    @Override
    @Transactional
    public LineToPick lineToPick(OrderId orderId, int lineNumber) {
        var order = orders.lockById(orderId).orElseThrow(() -> new OrderNotFoundException(orderId));
        ShortPickRule.requireBeingShipped(order);
        var line = order.lines().stream().filter(each -> each.lineNumber() == lineNumber).findFirst()
                .orElseThrow(() -> new LineNotFoundException(order.id(), lineNumber));
        return new LineToPick(order.id(), line.lineNumber(), line.sku(), order.shippingAddress());
    }
}
