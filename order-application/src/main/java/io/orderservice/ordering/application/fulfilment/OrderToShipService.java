package io.orderservice.ordering.application.fulfilment;

import io.orderservice.ordering.application.port.in.OrderNotFoundException;
import io.orderservice.ordering.application.port.in.StaleOrderException;
import io.orderservice.ordering.application.port.in.fulfilment.OrderToShip;
import io.orderservice.ordering.application.port.in.fulfilment.OrderToShipQuery;
import io.orderservice.ordering.application.port.out.OrderRepository;
import io.orderservice.ordering.domain.ShippedLine;
import io.orderservice.shared.OrderId;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class OrderToShipService implements OrderToShipQuery {

    private final OrderRepository orders;

    OrderToShipService(OrderRepository orders) {
        this.orders = orders;
    }

    /**
     * Reads the order under its row lock: a writer that changed it meanwhile (the payment recording a capture) has
     * committed, and the order the caller's transaction later records the shipment on is the one read here.
     */
    @Override
    @Transactional
    public OrderToShip toShip(OrderId orderId, Long expectedVersion) {
        var order = orders.lockById(orderId).orElseThrow(() -> new OrderNotFoundException(orderId));
        StaleOrderException.refuseUnlessAt(expectedVersion, order.id(), order.version());
        order.requireShippable();
        var left = order.unshippedLines().stream().collect(Collectors.toMap(ShippedLine::lineNumber, Function.identity()));
        return new OrderToShip(order.id(), order.version(), order.lines().stream().map(line -> new OrderToShip.Line(
                line.lineNumber(), line.sku(), left.containsKey(line.lineNumber())
                ? left.get(line.lineNumber()).quantity().value() : 0)).toList(), order.shippingAddress(),
                order.amountDue());
    }
}
