package io.orderservice.ordering.application.queries;

import io.orderservice.ordering.application.port.in.OrderView;
import io.orderservice.ordering.application.port.in.fulfilment.ShipmentView;
import io.orderservice.ordering.application.port.out.Shipments;
import io.orderservice.ordering.domain.Order;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The one way a use case shows an order: with its shipments, which the fulfilment capability keeps (ADR 0030). An
 * order that has shipped nothing is shown without asking.
 */
@Component
public class OrderViews {

    private final Shipments shipments;

    public OrderViews(Shipments shipments) {
        this.shipments = shipments;
    }

    public OrderView of(Order order) {
        return of(order, order.version());
    }

    /** The order as stored at {@code version} (after a change: the version the change was stored at). */
    public OrderView of(Order order, Long version) {
        return OrderView.of(order, shipmentsOf(order), version);
    }

    /** The order's shipments, oldest first. */
    private List<ShipmentView> shipmentsOf(Order order) {
        return order.shippedUnits().isEmpty() ? List.of() : shipments.of(order.id());
    }
}
