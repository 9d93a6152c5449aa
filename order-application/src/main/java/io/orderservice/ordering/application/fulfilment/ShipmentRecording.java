package io.orderservice.ordering.application.fulfilment;

import io.orderservice.ordering.application.port.in.OrderNotFoundException;
import io.orderservice.ordering.application.port.in.OrderView;
import io.orderservice.ordering.application.port.in.ShipOrderUseCase.ShipOrderCommand;
import io.orderservice.ordering.application.port.in.fulfilment.ShipmentView;
import io.orderservice.ordering.application.port.out.Carriers;
import io.orderservice.ordering.application.port.out.OrderRepository;
import io.orderservice.ordering.application.port.out.Shipments;
import io.orderservice.ordering.application.queries.OrderViews;
import io.orderservice.ordering.domain.Actor;
import io.orderservice.ordering.domain.Order;
import io.orderservice.ordering.domain.ShippedLine;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a shipment whose money was taken and whose carrier took it, in a short transaction under the order's row
 * lock, the shipment checked again against the order as it is then ({@link ShipOrderService}).
 */
@Component
class ShipmentRecording {

    private final OrderRepository orders;
    private final Shipments shipments;
    private final Clock clock;
    private final OrderViews views;

    ShipmentRecording(OrderRepository orders, Shipments shipments, Clock clock, OrderViews views) {
        this.orders = orders;
        this.shipments = shipments;
        this.clock = clock;
        this.views = views;
    }

    /** What a shipment takes out of the order, given its shipments so far; refuses when the order may not ship it. */
    @FunctionalInterface
    interface Leaving {
        List<ShippedLine> of(Order order, List<ShipmentView> shipped, ShipOrderCommand command);
    }

    /**
     * @param authorisation the reference of the authorisation the money was taken from: a renewal's, when the one the
     *                      order knew had lapsed
     * @param leaving       what the shipment takes out of the order as it is locked, or a refusal
     */
    @Transactional
    public OrderView record(ShipOrderCommand command, UUID shipmentId, Carriers.HandedOver handedOver, String authorisation,
                            Leaving leaving) {
        var order = orders.lockById(command.orderId()).orElseThrow(() -> new OrderNotFoundException(command.orderId()));
        var shipped = views.shipmentsOf(order);
        if (shipped.stream().anyMatch(shipment -> shipment.id().equals(shipmentId))) {
            return OrderView.of(order, shipped, order.version()); // another run of the same request recorded it meanwhile
        }
        var lines = leaving.of(order, shipped, command);
        if (authorisation != null && !authorisation.equals(order.paymentReference())) {
            order.recordReauthorisation(authorisation);
        }
        var now = clock.instant();
        order.ship(shipmentId, handedOver.carrier(), handedOver.trackingNumber(), handedOver.trackingUrl(), lines,
                command.location(), Actor.of(command.by()), now);
        orders.save(order);
        var shipment = new ShipmentView(shipmentId, handedOver.carrier(), handedOver.trackingNumber(),
                handedOver.trackingUrl(), lines.stream().map(line -> new ShipmentView.ShippedUnits(line.lineNumber(),
                line.quantity().value())).toList(), now, command.location(), null);
        shipments.record(order.id(), shipment);
        var afterwards = new ArrayList<>(shipped);
        afterwards.add(shipment);
        return OrderView.of(order, afterwards, order.version() + 1);
    }
}
