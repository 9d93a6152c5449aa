package io.orderservice.ordering.application.fulfilment;

import io.orderservice.ordering.application.port.in.OrderNotFoundException;
import io.orderservice.ordering.application.port.in.OrderView;
import io.orderservice.ordering.application.port.in.StaleOrderException;
import io.orderservice.ordering.application.port.in.fulfilment.RecordShipmentUseCase;
import io.orderservice.ordering.application.port.out.OrderRepository;
import io.orderservice.ordering.application.queries.OrderViews;
import io.orderservice.ordering.domain.Actor;
import io.orderservice.ordering.domain.ShippedLine;
import io.orderservice.shared.Quantity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Service
class RecordShipmentService implements RecordShipmentUseCase {

    private final OrderRepository orders;
    private final OrderViews views;

    RecordShipmentService(OrderRepository orders, OrderViews views) {
        this.orders = orders;
        this.views = views;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public OrderView recordShipment(ShipmentNews news) {
        var order = orders.lockById(news.orderId()).orElseThrow(() -> new OrderNotFoundException(news.orderId()));
        StaleOrderException.refuseUnlessAt(news.expectedVersion(), order.id(), order.version());
        if (news.authorisation() != null && !news.authorisation().equals(order.paymentReference())) {
            order.recordReauthorisation(news.authorisation());
        }
        var shipment = news.shipment();
        order.ship(shipment.id(), shipment.carrier(), shipment.trackingNumber(), shipment.trackingUrl(),
                shipment.lines().stream().map(line -> new ShippedLine(line.lineNumber(), Quantity.of(line.quantity()))).toList(),
                shipment.location(), Actor.of(news.by()), shipment.shippedAt());
        orders.save(order);
        return views.of(order, order.version() + 1);
    }
}
