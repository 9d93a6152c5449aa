package io.orderservice.ordering.application;

import io.orderservice.ordering.application.port.in.ModifyOrderUseCase;
import io.orderservice.ordering.application.port.in.OrderNotFoundException;
import io.orderservice.ordering.application.port.in.OrderPlacementRefusedException;
import io.orderservice.ordering.application.port.in.OrderView;
import io.orderservice.ordering.application.port.in.StaleOrderException;
import io.orderservice.ordering.application.port.out.AddressVerification;
import io.orderservice.ordering.application.port.out.AddressVerification.Deliverable;
import io.orderservice.ordering.application.port.out.AddressVerification.Undeliverable;
import io.orderservice.ordering.application.port.out.OrderRepository;
import io.orderservice.ordering.application.port.out.PlacementSagas;
import io.orderservice.ordering.application.port.out.RequestedLine;
import io.orderservice.ordering.application.port.out.ShippingRates;
import io.orderservice.ordering.application.port.out.ShippingRates.ShippingRateRequest;
import io.orderservice.ordering.domain.Actor;
import io.orderservice.ordering.domain.Order;
import io.orderservice.ordering.domain.saga.IllegalSagaStateException;
import io.orderservice.shared.Address;
import io.orderservice.shared.InvalidValueException;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes delivery details on behalf of the order's customer (the API has no authentication yet). The
 * order's row is locked first, so of two changes made from the same version one succeeds and the other
 * finds the version moved on — never a lost update.
 */
@Service
class ModifyOrderService implements ModifyOrderUseCase {

    private final OrderRepository orders;
    private final PlacementSagas sagas;
    private final AddressVerification addresses;
    private final ShippingRates shippingRates;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ModifyOrderService(OrderRepository orders, PlacementSagas sagas, AddressVerification addresses, ShippingRates shippingRates,
                       ApplicationEventPublisher events, Clock clock) {
        this.orders = orders;
        this.sagas = sagas;
        this.addresses = addresses;
        this.shippingRates = shippingRates;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public OrderView modify(ModifyOrderCommand command) {
        var order = orders.lockById(command.orderId()).orElseThrow(() -> new OrderNotFoundException(command.orderId()));
        if (command.expectedVersion() != order.version()) {
            throw new StaleOrderException(order.id(), command.expectedVersion(), order.version());
        }
        sagas.find(order.id()).filter(saga -> !saga.status().isAtRest()).ifPresent(saga -> {
            throw new IllegalSagaStateException("order " + order.id() + " is being placed (" + saga.step().map(Enum::name)
                    .orElse(saga.status().name()) + "); change it once it is placed");
        });
        var address = command.shippingAddress().equals(order.shippingAddress())
                ? order.shippingAddress() : deliverable(command.shippingAddress(), order);
        var changed = order.modifyDelivery(address, command.deliveryInstructions(), command.requestedDeliveryDate(),
                Actor.customer(order.customerId().value()), clock.instant());
        if (!changed) {
            return OrderView.of(order);
        }
        orders.save(order);
        order.pullEvents().forEach(events::publishEvent);
        return OrderView.of(order, order.version() + 1);
    }

    /** The new address as carriers expect it; refused if it cannot be delivered to or would change the price. */
    private Address deliverable(Address requested, Order order) {
        var check = addresses.verify(requested);
        if (check instanceof Undeliverable undeliverable) {
            throw OrderPlacementRefusedException.undeliverableAddress(undeliverable.problems());
        }
        var address = ((Deliverable) check).normalised();
        var currency = order.totals().currency();
        var lines = order.lines().stream().map(line -> new RequestedLine(line.sku(), line.quantity())).toList();
        var rate = shippingRates.rateFor(new ShippingRateRequest(address, currency, lines, order.totals().subtotal()))
                .orElseThrow(() -> OrderPlacementRefusedException.notShippable(address.countryCode(), currency));
        if (!rate.equals(order.totals().shipping())) {
            throw new InvalidValueException("shipping to " + address.countryCode() + " costs " + rate + ", not the "
                    + order.totals().shipping() + " the order was paid with; re-pricing a placed order is not supported yet");
        }
        return address;
    }
}
