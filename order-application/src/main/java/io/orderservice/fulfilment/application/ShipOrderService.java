package io.orderservice.fulfilment.application;

import io.orderservice.fulfilment.application.port.in.CarrierRefusedException;
import io.orderservice.fulfilment.application.port.in.ShipOrderUseCase;
import io.orderservice.fulfilment.application.port.out.Carriers;
import io.orderservice.fulfilment.application.port.out.Fulfilments;
import io.orderservice.fulfilment.domain.Fulfilment;
import io.orderservice.fulfilment.domain.Shipment.ShippedLine;
import io.orderservice.ordering.application.port.in.GetOrderQuery;
import io.orderservice.ordering.application.port.in.OrderView;
import io.orderservice.ordering.application.port.in.fulfilment.CaptureBeforeShippingUseCase;
import io.orderservice.ordering.application.port.in.fulfilment.OrderToShip;
import io.orderservice.ordering.application.port.in.fulfilment.OrderToShipQuery;
import io.orderservice.ordering.application.port.out.FulfilmentPlans;
import io.orderservice.shared.AccessRefusedException;
import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.Quantity;
import io.orderservice.shared.Sku;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The money is taken before the goods leave (ADR 0025): the shipment is checked against the order and its shipments
 * as read, ordering asked to take the order's total and the carrier asked, all with no transaction open and no row
 * locked; then the shipment is recorded with the order's fulfilment held ({@link ShipmentRecording}), checked again
 * against the shipments as they are then, so that two warehouses recording shipments at once never ship a unit twice.
 * A capture that is refused stops the shipment (409) and nothing leaves.
 */
@Service
class ShipOrderService implements ShipOrderUseCase {

    private final OrderToShipQuery ordersToShip;
    private final GetOrderQuery orders;
    private final Fulfilments fulfilments;
    private final FulfilmentPlans plans;
    private final CaptureBeforeShippingUseCase payment;
    private final Carriers carriers;
    private final ShipmentRecording recording;

    ShipOrderService(OrderToShipQuery ordersToShip, GetOrderQuery orders, Fulfilments fulfilments, FulfilmentPlans plans,
                     CaptureBeforeShippingUseCase payment, Carriers carriers, ShipmentRecording recording) {
        this.ordersToShip = ordersToShip;
        this.orders = orders;
        this.fulfilments = fulfilments;
        this.plans = plans;
        this.payment = payment;
        this.carriers = carriers;
        this.recording = recording;
    }

    @Override
    public OrderView ship(ShipOrderCommand command) {
        if (command.by().actsAtSomeLocationsOnly() && !command.by().actsAt(command.location())) {
            throw new AccessRefusedException(command.location() == null
                    ? "a warehouse acting for " + command.by().locations() + " names the location a shipment leaves from"
                    : "this caller does not act for location " + command.location());
        }
        var shipmentId = command.shipmentId();
        var fulfilment = fulfilments.of(command.orderId());
        if (fulfilment.hasShipment(shipmentId)) {
            return orders.get(command.orderId(), command.by()); // the same request, run again after a crash: recorded already
        }
        var order = ordersToShip.toShip(command.orderId(), command.expectedVersion());
        leaving(order, fulfilment, command);
        var authorisation = payment.capture(order);
        Carriers.HandedOver handedOver;
        try {
            handedOver = carriers.handOver(new Carriers.Handover(order.id(), shipmentId, command.carrier(),
                    command.trackingNumber(), order.shipTo()));
        } catch (Carriers.HandoverRefusedException refused) {
            throw new CarrierRefusedException(refused.getMessage());
        }
        return recording.record(command, shipmentId, handedOver, authorisation, this::leaving);
    }

    /**
     * What this shipment takes out of the order, refused when the order may not ship it (as read, or as held).
     *
     * @param fulfilment what has left for the order so far
     */
    private List<ShippedLine> leaving(OrderToShip order, Fulfilment fulfilment, ShipOrderCommand command) {
        var mayLeave = command.location() == null ? inStock(order) : leftToShipFrom(order, fulfilment, command.location());
        var leaving = command.lines().isEmpty() ? mayLeave : named(command, mayLeave);
        if (leaving.isEmpty()) {
            throw new InvalidValueException("nothing of order " + order.id() + " is left to ship");
        }
        return leaving;
    }

    /**
     * The lines a shipment names, each within what may leave: no backordered unit, and from a named location no more
     * than its fulfilment group holds. Otherwise the stock committed at shipping would fall short of what left, and a
     * later restock would serve an order whose units had gone already.
     */
    private static List<ShippedLine> named(ShipOrderCommand command, List<ShippedLine> mayLeave) {
        var leaving = new ArrayList<ShippedLine>();
        for (var line : command.lines()) {
            int allowed = mayLeave.stream().filter(each -> each.lineNumber() == line.lineNumber())
                    .mapToInt(each -> each.quantity().value()).sum();
            if (line.quantity().value() > allowed) {
                throw new InvalidValueException("line " + line.lineNumber() + ": " + line.quantity().value()
                        + " unit(s) cannot leave, " + allowed + " may" + (command.location() == null
                        ? " (the rest waits for a restock or has shipped)" : " from " + command.location()));
            }
            leaving.add(new ShippedLine(line.lineNumber(), line.quantity()));
        }
        return leaving;
    }

    /** Everything not shipped yet but what waits for a restock (backordered units cannot leave). */
    private List<ShippedLine> inStock(OrderToShip order) {
        var plan = plans.planOf(order.id());
        var waiting = new HashMap<Sku, Integer>();
        plan.backorders().forEach(backorder -> waiting.merge(backorder.sku(), backorder.waiting(), Integer::sum));
        var leaving = new ArrayList<ShippedLine>();
        for (var line : order.lines()) {
            int held = waiting.getOrDefault(line.sku(), 0);
            int ships = Math.max(0, line.leftToShip() - held);
            waiting.put(line.sku(), Math.max(0, held - line.leftToShip()));
            if (ships > 0) {
                leaving.add(new ShippedLine(line.lineNumber(), Quantity.of(ships)));
            }
        }
        if (leaving.isEmpty() && plan.waitsForStock()) {
            throw new InvalidValueException("everything of order " + order.id() + " not shipped yet waits for a restock");
        }
        return leaving;
    }

    /**
     * What the location's fulfilment group has not shipped yet: per line, the units held there less those already
     * shipped from there, never more than the line has left to ship.
     */
    private List<ShippedLine> leftToShipFrom(OrderToShip order, Fulfilment fulfilment, String location) {
        var group = plans.planOf(order.id()).groups().stream().filter(each -> each.location().equals(location)).findFirst()
                .orElseThrow(() -> new InvalidValueException("nothing of order " + order.id() + " is held at " + location));
        var leaving = new ArrayList<ShippedLine>();
        for (var line : order.lines()) {
            int left = Math.min(group.unitsOf(line.sku()) - fulfilment.shippedFrom(location, line.lineNumber()), line.leftToShip());
            if (left > 0) {
                leaving.add(new ShippedLine(line.lineNumber(), Quantity.of(left)));
            }
        }
        if (leaving.isEmpty()) {
            throw new InvalidValueException("everything of order " + order.id() + " held at " + location + " has shipped");
        }
        return leaving;
    }
}
