package io.orderservice.ordering.application.fulfilment;

import io.orderservice.ordering.application.port.in.CaptureRefusedException;
import io.orderservice.ordering.application.port.in.CarrierRefusedException;
import io.orderservice.ordering.application.port.in.OrderNotFoundException;
import io.orderservice.ordering.application.port.in.OrderView;
import io.orderservice.ordering.application.port.in.PaymentUnavailableException;
import io.orderservice.ordering.application.port.in.ShipOrderUseCase;
import io.orderservice.ordering.application.port.in.StaleOrderException;
import io.orderservice.ordering.application.port.in.fulfilment.ShipmentView;
import io.orderservice.ordering.application.port.out.Carriers;
import io.orderservice.ordering.application.port.out.FulfilmentPlans;
import io.orderservice.ordering.application.port.out.OrderRepository;
import io.orderservice.ordering.application.port.out.Payments;
import io.orderservice.ordering.application.queries.OrderViews;
import io.orderservice.ordering.domain.IllegalOrderTransitionException;
import io.orderservice.ordering.domain.Order;
import io.orderservice.ordering.domain.ShippedLine;
import io.orderservice.ordering.domain.status.OrderAction;
import io.orderservice.shared.AccessRefusedException;
import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.Quantity;
import io.orderservice.shared.Sku;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The money is taken before the goods leave (ADR 0025): the shipment is checked against the order as read, the order's
 * total captured and the carrier asked, all with no transaction open and no row locked; then the shipment is recorded
 * under the order's row lock, checked again against the order as it is then, so that two warehouses recording
 * shipments at once never ship a unit twice. A capture that is refused stops the shipment (409) and nothing leaves.
 */
@Service
class ShipOrderService implements ShipOrderUseCase {

    private final OrderRepository orders;
    private final Carriers carriers;
    private final FulfilmentPlans fulfilment;
    private final Payments payments;
    private final ShipmentRecording recording;
    private final OrderViews views;

    ShipOrderService(OrderRepository orders, Carriers carriers, FulfilmentPlans fulfilment, Payments payments,
                     ShipmentRecording recording, OrderViews views) {
        this.views = views;
        this.orders = orders;
        this.carriers = carriers;
        this.fulfilment = fulfilment;
        this.payments = payments;
        this.recording = recording;
    }

    @Override
    public OrderView ship(ShipOrderCommand command) {
        if (command.by().actsAtSomeLocationsOnly() && !command.by().actsAt(command.location())) {
            throw new AccessRefusedException(command.location() == null
                    ? "a warehouse acting for " + command.by().locations() + " names the location a shipment leaves from"
                    : "this caller does not act for location " + command.location());
        }
        var order = orders.findById(command.orderId()).orElseThrow(() -> new OrderNotFoundException(command.orderId()));
        var shipmentId = command.shipmentId();
        var shipped = views.shipmentsOf(order);
        if (shipped.stream().anyMatch(shipment -> shipment.id().equals(shipmentId))) {
            return OrderView.of(order, shipped, order.version()); // the same request, run again after a crash: recorded already
        }
        leaving(order, shipped, command);
        var authorisation = takeMoney(order);
        Carriers.HandedOver handedOver;
        try {
            handedOver = carriers.handOver(new Carriers.Handover(order.id(), shipmentId, command.carrier(),
                    command.trackingNumber(), order.shippingAddress()));
        } catch (Carriers.HandoverRefusedException refused) {
            throw new CarrierRefusedException(refused.getMessage());
        }
        return recording.record(command, shipmentId, handedOver, authorisation, this::leaving);
    }

    /** @return the reference of the authorisation the money was taken from */
    private String takeMoney(Order order) {
        var outcome = payments.capture(order.id(), order.totals().grandTotal());
        if (outcome instanceof Payments.Captured captured) {
            return captured.authorisationReference();
        }
        if (outcome instanceof Payments.CaptureRefused refused) {
            throw new CaptureRefusedException("the money for order " + order.id() + " could not be taken, so nothing may "
                    + "leave: " + refused.reason());
        }
        throw new PaymentUnavailableException("no payment gateway could take the money for order " + order.id()
                + " before it leaves: " + ((Payments.Unavailable) outcome).reason());
    }

    /**
     * What this shipment takes out of the order, refused when the order may not ship it (as read, or as locked).
     *
     * @param shipped the order's shipments so far
     */
    private List<ShippedLine> leaving(Order order, List<ShipmentView> shipped, ShipOrderCommand command) {
        if (command.expectedVersion() != null && !command.expectedVersion().equals(order.version())) {
            throw new StaleOrderException(order.id(), command.expectedVersion(), order.version());
        }
        var allowed = order.status().allowedActions();
        if (!allowed.contains(OrderAction.SHIP) && !allowed.contains(OrderAction.SHIP_PARTIALLY)) {
            throw new IllegalOrderTransitionException(order.id(), order.status(), OrderAction.SHIP);
        }
        var mayLeave = command.location() == null ? inStock(order) : leftToShipFrom(order, shipped, command.location());
        return command.lines().isEmpty() ? mayLeave : named(command, mayLeave);
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
    private List<ShippedLine> inStock(Order order) {
        var plan = fulfilment.planOf(order.id());
        if (!plan.waitsForStock()) {
            return order.unshippedLines();
        }
        var waiting = new HashMap<Sku, Integer>();
        plan.backorders().forEach(backorder -> waiting.merge(backorder.sku(), backorder.waiting(), Integer::sum));
        var leaving = new ArrayList<ShippedLine>();
        for (var unshipped : order.unshippedLines()) {
            var sku = order.lines().stream().filter(line -> line.lineNumber() == unshipped.lineNumber()).findFirst().orElseThrow().sku();
            int held = waiting.getOrDefault(sku, 0);
            int ships = Math.max(0, unshipped.quantity().value() - held);
            waiting.put(sku, Math.max(0, held - unshipped.quantity().value()));
            if (ships > 0) {
                leaving.add(new ShippedLine(unshipped.lineNumber(), Quantity.of(ships)));
            }
        }
        if (leaving.isEmpty()) {
            throw new InvalidValueException("everything of order " + order.id() + " not shipped yet waits for a restock");
        }
        return leaving;
    }

    /**
     * What the location's fulfilment group has not shipped yet: per line, the units held there less those already
     * shipped from there, never more than the line has left to ship.
     */
    private List<ShippedLine> leftToShipFrom(Order order, List<ShipmentView> shipped, String location) {
        var group = fulfilment.planOf(order.id()).groups().stream().filter(each -> each.location().equals(location)).findFirst()
                .orElseThrow(() -> new InvalidValueException("nothing of order " + order.id() + " is held at " + location));
        var leaving = new ArrayList<ShippedLine>();
        for (var line : order.lines()) {
            int fromThere = ShipmentView.shippedFrom(shipped, location, line.lineNumber());
            int left = Math.min(group.unitsOf(line.sku()) - fromThere,
                    line.quantity().value() - order.shippedQuantity(line.lineNumber()));
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
