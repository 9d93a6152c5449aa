package io.orderservice.ordering.application;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.orderservice.ordering.application.port.in.OrderPlacementRefusedException;
import io.orderservice.ordering.application.port.in.OrderView;
import io.orderservice.ordering.application.port.in.PlaceOrderCommand;
import io.orderservice.ordering.application.port.in.PlaceOrderUseCase;
import io.orderservice.ordering.application.port.out.AddressVerification.Deliverable;
import io.orderservice.ordering.application.port.out.AddressVerification.Undeliverable;
import io.orderservice.ordering.application.port.out.AddressVerification;
import io.orderservice.ordering.application.port.out.OrderPricing.PricedBasket;
import io.orderservice.ordering.application.port.out.OrderPricing.PricingRequest;
import io.orderservice.ordering.application.port.out.OrderPricing.UnknownSkus;
import io.orderservice.ordering.application.port.out.OrderPricing;
import io.orderservice.ordering.application.port.out.OrderRepository;
import io.orderservice.ordering.application.port.out.Payments.ActionRequired;
import io.orderservice.ordering.application.port.out.Payments.Authorised;
import io.orderservice.ordering.application.port.out.Payments.Declined;
import io.orderservice.ordering.application.port.out.Payments.PaymentRequest;
import io.orderservice.ordering.application.port.out.Payments.Unavailable;
import io.orderservice.ordering.application.port.out.Payments;
import io.orderservice.ordering.application.port.out.RequestedLine;
import io.orderservice.ordering.application.port.out.ShippingRates.ShippingRateRequest;
import io.orderservice.ordering.application.port.out.ShippingRates;
import io.orderservice.ordering.application.port.out.StockReservations.InsufficientStock;
import io.orderservice.ordering.application.port.out.StockReservations;
import io.orderservice.ordering.domain.Actor;
import io.orderservice.ordering.domain.Order;
import io.orderservice.ordering.domain.OrderLine;
import io.orderservice.shared.Money;
import io.orderservice.shared.OrderId;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Placement in one local transaction: the stock reservation, the order and its outbox events commit
 * together or not at all. The payment authorisation is the one step outside the database; a crash
 * between it and the commit is the placement saga's job (issue 5), not this service's.
 */
@Service
class PlaceOrderService implements PlaceOrderUseCase {

    private static final Logger log = LoggerFactory.getLogger(PlaceOrderService.class);

    private final AddressVerification addresses;
    private final OrderPricing pricing;
    private final ShippingRates shippingRates;
    private final StockReservations stock;
    private final Payments payments;
    private final OrderRepository orders;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final MeterRegistry meters;
    private final Counter placed;

    PlaceOrderService(AddressVerification addresses, OrderPricing pricing, ShippingRates shippingRates, StockReservations stock, Payments payments,
                      OrderRepository orders, ApplicationEventPublisher events, Clock clock, MeterRegistry meters) {
        this.addresses = addresses;
        this.pricing = pricing;
        this.shippingRates = shippingRates;
        this.stock = stock;
        this.payments = payments;
        this.orders = orders;
        this.events = events;
        this.clock = clock;
        this.meters = meters;
        this.placed = Counter.builder("orders.placed").description("Orders placed").register(meters);
    }

    @Override
    @Transactional
    public OrderView place(PlaceOrderCommand submitted) {
        var orderId = OrderId.newId();
        try (var ignored = MDC.putCloseable("orderId", orderId.toString())) {
            var command = deliverable(submitted);
            var requested = command.lines().stream().map(line -> new RequestedLine(line.sku(), line.quantity())).toList();
            var order = priceAndShip(orderId, command, requested);
            if (stock.reserve(orderId, requested) instanceof InsufficientStock insufficient) {
                throw refused(OrderPlacementRefusedException.insufficientStock(insufficient.shortages()));
            }
            var payment = payments.authorise(new PaymentRequest(orderId, command.customerId(),
                    order.totals().grandTotal(), command.paymentMethodType(), command.paymentToken()));
            if (payment instanceof Declined declined) {
                throw refused(OrderPlacementRefusedException.paymentDeclined(declined.code(), declined.message()));
            }
            if (payment instanceof Unavailable unavailable) {
                throw refused(OrderPlacementRefusedException.paymentUnavailable(unavailable.reason()));
            }
            if (payment instanceof Authorised authorised) {
                order.authorisePayment(authorised.reference(), Actor.system(), clock.instant());
            } else {
                // The order waits for the customer to confirm; the payment's result moves it on.
                log.info("Payment {} awaits the customer's action", ((ActionRequired) payment).reference());
            }
            orders.save(order);
            order.pullEvents().forEach(events::publishEvent);
            placed.increment();
            log.info("Placed order for {} with {} lines, total {}", command.customerId(), order.lines().size(),
                    order.totals().grandTotal());
            return OrderView.of(order);
        }
    }

    /** The command with its shipping address as carriers expect it; refused if it cannot be delivered to. */
    private PlaceOrderCommand deliverable(PlaceOrderCommand command) {
        var check = addresses.verify(command.shippingAddress());
        if (check instanceof Undeliverable undeliverable) {
            throw refused(OrderPlacementRefusedException.undeliverableAddress(undeliverable.problems()));
        }
        return new PlaceOrderCommand(command.customerId(), command.currency(), command.lines(),
                ((Deliverable) check).normalised(), command.paymentMethodType(), command.paymentToken());
    }

    private Order priceAndShip(OrderId orderId, PlaceOrderCommand command, List<RequestedLine> requested) {
        var priced = pricing.price(new PricingRequest(command.customerId(), command.currency(),
                command.shippingAddress(), requested));
        if (priced instanceof UnknownSkus unknown) {
            throw refused(OrderPlacementRefusedException.unknownSkus(unknown.skus(), command.currency()));
        }
        var basket = (PricedBasket) priced;
        var lines = new ArrayList<OrderLine>();
        for (var line : basket.lines()) {
            lines.add(new OrderLine(lines.size() + 1, line.sku(), line.name(), line.quantity(), line.unitPrice()));
        }
        var goodsValue = lines.stream().map(OrderLine::lineTotal).reduce(Money::plus).orElseThrow();
        var shipping = shippingRates.rateFor(new ShippingRateRequest(command.shippingAddress(), command.currency(),
                        requested, goodsValue))
                .orElseThrow(() -> refused(OrderPlacementRefusedException.notShippable(
                        command.shippingAddress().countryCode(), command.currency())));
        return Order.place(orderId, command.customerId(), command.shippingAddress(), lines, basket.discount(),
                basket.tax(), shipping, Actor.customer(command.customerId().value()), clock.instant());
    }

    private OrderPlacementRefusedException refused(OrderPlacementRefusedException refusal) {
        meters.counter("orders.placement.refused", "reason", refusal.reason().name()).increment();
        log.info("Placement refused: {}", refusal.getMessage());
        return refusal;
    }
}
