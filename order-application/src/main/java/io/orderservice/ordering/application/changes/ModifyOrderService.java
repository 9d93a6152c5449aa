package io.orderservice.ordering.application.changes;

import io.orderservice.ordering.application.port.in.ModifyOrderUseCase;
import io.orderservice.ordering.application.port.in.OrderNotFoundException;
import io.orderservice.ordering.application.port.in.OrderPlacementRefusedException;
import io.orderservice.ordering.application.port.in.OrderView;
import io.orderservice.ordering.application.port.in.StaleOrderException;
import io.orderservice.ordering.application.port.out.AddressVerification.Deliverable;
import io.orderservice.ordering.application.port.out.AddressVerification.Undeliverable;
import io.orderservice.ordering.application.port.out.AddressVerification;
import io.orderservice.ordering.application.port.out.OrderRepository;
import io.orderservice.ordering.application.port.out.PlacementSagas;
import io.orderservice.ordering.application.port.out.RequestedLine;
import io.orderservice.ordering.application.queries.OrderViews;
import io.orderservice.ordering.domain.Actor;
import io.orderservice.ordering.domain.Order;
import io.orderservice.ordering.domain.saga.IllegalSagaStateException;
import io.orderservice.shared.Address;
import io.orderservice.shared.InvalidValueException;
import java.time.Clock;
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
    private final OrderRepricing repricing;
    private final Clock clock;
    private final OrderViews views;

    ModifyOrderService(OrderRepository orders, PlacementSagas sagas, AddressVerification addresses, OrderRepricing repricing, Clock clock, OrderViews views) {
        this.views = views;
        this.orders = orders;
        this.sagas = sagas;
        this.addresses = addresses;
        this.repricing = repricing;
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
                Actor.of(command.by()), clock.instant());
        if (!changed) {
            return views.of(order);
        }
        orders.save(order);
        return views.of(order, order.version() + 1);
    }

    /** The new address as carriers expect it; refused if it cannot be delivered to or would change the price. */
    private Address deliverable(Address requested, Order order) {
        var check = addresses.verify(requested);
        if (check instanceof Undeliverable undeliverable) {
            throw OrderPlacementRefusedException.undeliverableAddress(undeliverable.problems());
        }
        var address = ((Deliverable) check).normalised();
        var lines = order.lines().stream().map(line -> new RequestedLine(line.sku(), line.quantity())).toList();
        var repriced = repricing.price(order, lines, address).charges().totalsFor(order.totals().subtotal());
        if (!repriced.equals(order.totals())) {
            throw new InvalidValueException("the order costs " + repriced.grandTotal() + " (tax " + repriced.tax() + ", shipping "
                    + repriced.shipping() + ") shipped to " + address.countryCode() + ", not the " + order.totals().grandTotal()
                    + " it was paid with; changing an address that changes the price is not supported: cancel and order again");
        }
        return address;
    }
}
