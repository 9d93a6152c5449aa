package io.orderservice.ordering.application;

import io.orderservice.ordering.application.port.in.CarrierRefusedException;
import io.orderservice.ordering.application.port.in.OrderNotFoundException;
import io.orderservice.ordering.application.port.in.OrderView;
import io.orderservice.ordering.application.port.in.ShipOrderUseCase;
import io.orderservice.ordering.application.port.in.StaleOrderException;
import io.orderservice.ordering.application.port.out.Carriers;
import io.orderservice.ordering.application.port.out.OrderRepository;
import io.orderservice.ordering.domain.Actor;
import io.orderservice.ordering.domain.IllegalOrderTransitionException;
import io.orderservice.ordering.domain.OrderAction;
import io.orderservice.ordering.domain.Shipment.ShippedLine;
import java.time.Clock;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shipping under the order's row lock, so two warehouses recording shipments at once never ship a unit
 * twice. The default carriers answer in-process; a carrier reached over HTTP would be asked before the
 * lock is taken (the shipment id makes asking again harmless).
 */
@Service
class ShipOrderService implements ShipOrderUseCase {

    private final OrderRepository orders;
    private final Carriers carriers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ShipOrderService(OrderRepository orders, Carriers carriers, ApplicationEventPublisher events, Clock clock) {
        this.orders = orders;
        this.carriers = carriers;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public OrderView ship(ShipOrderCommand command) {
        var order = orders.lockById(command.orderId()).orElseThrow(() -> new OrderNotFoundException(command.orderId()));
        if (command.expectedVersion() != null && !command.expectedVersion().equals(order.version())) {
            throw new StaleOrderException(order.id(), command.expectedVersion(), order.version());
        }
        var allowed = order.status().allowedActions();
        if (!allowed.contains(OrderAction.SHIP) && !allowed.contains(OrderAction.SHIP_PARTIALLY)) {
            throw new IllegalOrderTransitionException(order.id(), order.status(), OrderAction.SHIP);
        }
        var leaving = command.lines().isEmpty()
                ? order.unshippedLines()
                : command.lines().stream().map(line -> new ShippedLine(line.lineNumber(), line.quantity())).toList();
        var shipmentId = UUID.randomUUID();
        Carriers.HandedOver handedOver;
        try {
            handedOver = carriers.handOver(new Carriers.Handover(order.id(), shipmentId, command.carrier(),
                    command.trackingNumber(), order.shippingAddress()));
        } catch (Carriers.HandoverRefusedException refused) {
            throw new CarrierRefusedException(refused.getMessage());
        }
        order.ship(shipmentId, handedOver.carrier(), handedOver.trackingNumber(), handedOver.trackingUrl(), leaving,
                Actor.operator(command.operator()), clock.instant());
        orders.save(order);
        order.pullEvents().forEach(events::publishEvent);
        return OrderView.of(order, order.version() + 1);
    }
}
