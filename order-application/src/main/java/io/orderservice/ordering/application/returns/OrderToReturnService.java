package io.orderservice.ordering.application.returns;

import io.orderservice.ordering.application.port.in.OrderNotFoundException;
import io.orderservice.ordering.application.port.in.returns.DeliveryAddressQuery;
import io.orderservice.ordering.application.port.in.returns.OrderToReturn;
import io.orderservice.ordering.application.port.in.returns.OrderToReturnQuery;
import io.orderservice.ordering.application.port.out.OrderRepository;
import io.orderservice.ordering.application.port.out.OrderSummaries;
import io.orderservice.ordering.application.port.out.Shipments;
import io.orderservice.ordering.domain.Order;
import io.orderservice.ordering.domain.price.PriceDetails;
import io.orderservice.shared.Address;
import io.orderservice.shared.Caller;
import io.orderservice.shared.OrderId;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class OrderToReturnService implements OrderToReturnQuery, DeliveryAddressQuery {

    private static final Duration YEAR = Duration.ofDays(365);

    private final OrderRepository orders;
    private final Shipments shipments;
    private final OrderSummaries summaries;
    private final Clock clock;

    OrderToReturnService(OrderRepository orders, Shipments shipments, OrderSummaries summaries, Clock clock) {
        this.orders = orders;
        this.shipments = shipments;
        this.summaries = summaries;
        this.clock = clock;
    }

    /**
     * Reads the order under its row lock, which the caller's transaction keeps: what returns decides on it holds when
     * ordering records the news in the same transaction, and ordering's later lock finds the order as read here, not a
     * copy a concurrent writer (a refund's outcome) has changed since.
     */
    @Override
    @Transactional
    public OrderToReturn toReturn(OrderId orderId, Caller caller) {
        var order = orders.lockById(orderId).filter(found -> caller.reaches(found.customerId()))
                .orElseThrow(() -> new OrderNotFoundException(orderId));
        var lines = order.lines().stream().map(line -> new OrderToReturn.Line(line.lineNumber(), line.sku(),
                line.quantity().value(), line.unitPrice(), order.paidFor(line.lineNumber()))).toList();
        var deliveries = shipments.of(orderId).stream().map(shipment -> {
            var units = new HashMap<Integer, Integer>();
            shipment.lines().forEach(line -> units.merge(line.lineNumber(), line.quantity(), Integer::sum));
            return new OrderToReturn.Delivery(shipment.id(), shipment.deliveredAt(), units);
        }).toList();
        return new OrderToReturn(order.id(), order.customerId(), lines, deliveries, order.totals().shipping(), order.shippingRefunded(),
                order.refundable(), summaries.countPlacedBy(order.customerId(), clock.instant().minus(YEAR)), priced(order));
    }

    @Override
    public Address deliveryAddress(OrderId orderId) {
        return orders.findById(orderId).map(Order::shippingAddress).orElseThrow(() -> new OrderNotFoundException(orderId));
    }

    private static OrderToReturn.Priced priced(Order order) {
        var totals = order.totals();
        return new OrderToReturn.Priced(totals.subtotal(), totals.discount(), totals.goods(), order.priceDetails().discounts()
                .stream().map(PriceDetails.AppliedDiscount::promotionId).collect(Collectors.toSet()), order.shippingAddress(),
                order.placedAt());
    }
}
