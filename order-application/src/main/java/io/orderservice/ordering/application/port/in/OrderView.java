package io.orderservice.ordering.application.port.in;

import io.orderservice.ordering.application.port.in.fulfilment.ShipmentView;
import io.orderservice.ordering.domain.Order;
import io.orderservice.ordering.domain.OrderLine;
import io.orderservice.ordering.domain.OrderPayment;
import io.orderservice.ordering.domain.OrderRefund;
import io.orderservice.ordering.domain.OrderTotals;
import io.orderservice.ordering.domain.StatusChange;
import io.orderservice.ordering.domain.price.PriceDetails;
import io.orderservice.ordering.domain.price.ShippingMethod;
import io.orderservice.ordering.domain.status.OrderAction;
import io.orderservice.ordering.domain.status.OrderStatus;
import io.orderservice.shared.Address;
import io.orderservice.shared.CustomerId;
import io.orderservice.shared.Money;
import io.orderservice.shared.OrderId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;

/**
 * A read-only snapshot of an order for callers: no verbs, so nobody outside a use case changes an order.
 * {@code version} is the stored version it was read at (null for an order not stored yet): what an ETag
 * carries and an If-Match must name. A named interface, as the neighbours that act on an order (fulfilment's shipping)
 * answer with it.
 */
@NamedInterface("order-views")
public record OrderView(OrderId id, CustomerId customerId, OrderStatus status, Set<OrderAction> allowedActions,
                        List<OrderLine> lines, OrderTotals totals, PriceDetails priceDetails, ShippingMethod shippingMethod,
                        Address shippingAddress, String deliveryInstructions,
                        LocalDate requestedDeliveryDate, List<StatusChange> history, OrderPayment payment,
                        Map<Integer, Integer> shippedUnits, List<ShipmentView> shipments, List<OrderRefund> refunds,
                        Instant placedAt, Long version, Exchange exchange) {

    /**
     * An exchange's replacement as such: the return it replaces (of order {@code fromOrder}) pays {@code credit}, the
     * payment method {@code amountDue}; {@code awaitsReturn} while it may not ship before that return arrives.
     */
    public record Exchange(UUID returnId, OrderId fromOrder, Money credit, Money amountDue, boolean awaitsReturn) {
    }

    public OrderView {
        shippedUnits = Map.copyOf(shippedUnits);
        shipments = List.copyOf(shipments);
    }

    /** How many units of a line have shipped, as the order counts them. */
    public int shippedQuantity(int lineNumber) {
        return shippedUnits.getOrDefault(lineNumber, 0);
    }

    /**
     * The order as stored at {@code version} (after a change: the version the change was stored at), with its
     * shipments as the fulfilment capability keeps them.
     */
    public static OrderView of(Order order, List<ShipmentView> shipments, Long version) {
        return new OrderView(order.id(), order.customerId(), order.status(), order.status().allowedActions(),
                order.lines(), order.totals(), order.priceDetails(), order.shippingMethod(), order.shippingAddress(), order.deliveryInstructions(),
                order.requestedDeliveryDate(), order.history(), order.payment(), order.shippedUnits(), shipments, order.refunds(),
                order.placedAt(), version, order.exchangeCredit().map(credit -> new Exchange(credit.returnId(), credit.fromOrder(),
                        credit.amount(), order.amountDue(), order.awaitsReturn())).orElse(null));
    }

    /**
     * An order while it is placed, or as its placement answered: nothing has shipped yet, so there are no shipments to
     * ask the fulfilment capability for (a placement request repeated later gets the answer its placement gave).
     */
    public static OrderView beforeShipping(Order order) {
        return of(order, List.of(), order.version());
    }
}
