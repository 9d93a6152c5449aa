package io.orderservice.fulfilment.application;

import io.orderservice.fulfilment.application.port.in.ShipOrderUseCase.ShipOrderCommand;
import io.orderservice.fulfilment.application.port.out.Carriers;
import io.orderservice.fulfilment.application.port.out.Fulfilments;
import io.orderservice.fulfilment.domain.Fulfilment;
import io.orderservice.fulfilment.domain.Shipment.ShippedLine;
import io.orderservice.fulfilment.domain.Shipment;
import io.orderservice.ordering.application.port.in.GetOrderQuery;
import io.orderservice.ordering.application.port.in.OrderView;
import io.orderservice.ordering.application.port.in.fulfilment.OrderToShip;
import io.orderservice.ordering.application.port.in.fulfilment.OrderToShipQuery;
import io.orderservice.ordering.application.port.in.fulfilment.RecordShipmentUseCase.ShipmentNews;
import io.orderservice.ordering.application.port.in.fulfilment.RecordShipmentUseCase;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a shipment whose money was taken and whose carrier took it, in a short transaction with the order's
 * fulfilment held, the shipment checked again against the shipments as they are then ({@link ShipOrderService}). The
 * shipment is stored first, then ordering told, which checks the order again under its row lock.
 */
@Component
class ShipmentRecording {

    private final Fulfilments fulfilments;
    private final OrderToShipQuery ordersToShip;
    private final RecordShipmentUseCase shipped;
    private final GetOrderQuery orders;
    private final Clock clock;

    ShipmentRecording(Fulfilments fulfilments, OrderToShipQuery ordersToShip, RecordShipmentUseCase shipped,
                      GetOrderQuery orders, Clock clock) {
        this.fulfilments = fulfilments;
        this.ordersToShip = ordersToShip;
        this.shipped = shipped;
        this.orders = orders;
        this.clock = clock;
    }

    /** What a shipment takes out of the order, given what has left for it; refuses when the order may not ship it. */
    @FunctionalInterface
    interface Leaving {
        List<ShippedLine> of(OrderToShip order, Fulfilment fulfilment, ShipOrderCommand command);
    }

    /**
     * @param authorisation the reference of the authorisation the money was taken from
     * @param leaving       what the shipment takes out of the order as it is now, or a refusal
     */
    @Transactional
    public OrderView record(ShipOrderCommand command, UUID shipmentId, Carriers.HandedOver handedOver, String authorisation,
                            Leaving leaving) {
        fulfilments.hold(Set.of(command.orderId()));
        var fulfilment = fulfilments.of(command.orderId());
        if (fulfilment.hasShipment(shipmentId)) {
            return orders.get(command.orderId(), command.by()); // another run of the same request recorded it meanwhile
        }
        var order = ordersToShip.toShip(command.orderId(), command.expectedVersion());
        var shipment = new Shipment(shipmentId, handedOver.carrier(), handedOver.trackingNumber(), handedOver.trackingUrl(),
                leaving.of(order, fulfilment, command), clock.instant(), command.location());
        fulfilment.record(shipment);
        fulfilments.save(fulfilment);
        return shipped.recordShipment(new ShipmentNews(order.id(), command.expectedVersion(),
                ShipmentsOfOrders.view(shipment), authorisation, command.by()));
    }
}
