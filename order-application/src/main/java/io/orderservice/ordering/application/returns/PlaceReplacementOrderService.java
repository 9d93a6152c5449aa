package io.orderservice.ordering.application.returns;

import io.orderservice.ordering.application.port.in.CancelOrderUseCase;
import io.orderservice.ordering.application.port.in.CancelOrderUseCase.CancelOrderCommand;
import io.orderservice.ordering.application.port.in.OrderPlacementRefusedException;
import io.orderservice.ordering.application.port.in.PlaceOrderCommand;
import io.orderservice.ordering.application.port.in.PlaceOrderCommand.Replacement;
import io.orderservice.ordering.application.port.in.PlaceOrderUseCase;
import io.orderservice.ordering.application.port.in.returns.PlaceReplacementOrderUseCase;
import io.orderservice.ordering.domain.ExchangeCredit;
import io.orderservice.ordering.domain.price.ShippingChoice;
import io.orderservice.ordering.domain.status.OrderStatus;
import io.orderservice.shared.Caller;
import io.orderservice.shared.PaymentMethodType;
import io.orderservice.shared.RequestKey;
import io.orderservice.shared.Role;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * An exchange's replacement is an order like any other, placed by the one placement there is; the return's id is its
 * Idempotency-Key, so a second run finds the order of the first. A replacement that came out backordered for a customer
 * who wanted their money back rather than wait is cancelled again.
 */
@Service
class PlaceReplacementOrderService implements PlaceReplacementOrderUseCase {

    /** The shop itself, cancelling a replacement the customer would not wait for. */
    private static final Caller EXCHANGES = new Caller("returns-exchanges", Set.of(Role.SUPPORT), null, Set.of());

    private final PlaceOrderUseCase placeOrder;
    private final CancelOrderUseCase cancelOrder;

    PlaceReplacementOrderService(PlaceOrderUseCase placeOrder, CancelOrderUseCase cancelOrder) {
        this.placeOrder = placeOrder;
        this.cancelOrder = cancelOrder;
    }

    @Override
    public Outcome place(ReplacementOrder request) {
        var command = new PlaceOrderCommand(request.customerId(), request.credit().currency(), request.items().stream()
                .map(item -> new PlaceOrderCommand.Line(item.sku(), item.quantity())).toList(), request.shipTo(),
                PaymentMethodType.CARD, request.paymentToken(), null, null, Set.of(), ShippingChoice.CHEAPEST, null,
                new RequestKey("returns", request.returnId().toString(), "exchange"),
                new Replacement(new ExchangeCredit(request.credit(), request.returnId(), request.fromOrder()),
                        request.shipsAtOnce()));
        try {
            var placed = placeOrder.place(command).order();
            if (placed.status() == OrderStatus.BACKORDERED && !request.backorderWanted()) {
                cancelOrder.cancel(new CancelOrderCommand(placed.id(), null, "out of stock, and the customer takes their money "
                        + "back rather than wait", EXCHANGES));
                return new NotPlaced("out of stock: the replacement " + placed.id() + " would have been backordered");
            }
            if (placed.status().isFinal() || placed.status() == OrderStatus.PAYMENT_FAILED) {
                return new NotPlaced("the replacement " + placed.id() + " is " + placed.status());
            }
            return new Placed(placed.id(), placed.exchange().credit());
        } catch (OrderPlacementRefusedException refused) {
            return new NotPlaced(refused.getMessage());
        }
    }
}
