package io.orderservice.cart.application;

import io.orderservice.cart.application.port.in.CheckoutCartUseCase;
import io.orderservice.cart.application.port.in.StaleCartException;
import io.orderservice.cart.application.port.out.Carts;
import io.orderservice.cart.domain.Cart;
import io.orderservice.cart.domain.CartStatus;
import io.orderservice.ordering.application.port.in.AwaitPlacementQuery;
import io.orderservice.ordering.application.port.in.OrderPlacementRefusedException;
import io.orderservice.ordering.application.port.in.PlaceOrderCommand;
import io.orderservice.ordering.application.port.in.PlaceOrderUseCase;
import io.orderservice.shared.Caller;
import io.orderservice.shared.CustomerId;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Checks a cart out in three steps, none holding a transaction across another: the cart is marked as being checked out
 * (at the version read, so a change or a second checkout racing it loses, or joins it); the order is placed with the
 * attempt's key as its Idempotency-Key and the cart's total as the most it may cost; the outcome is written to the cart.
 * A crash between them leaves a cart being checked out, which checking out again resumes with the same key (or which
 * is given back to the shopper when it stored no order for a while: {@link CheckoutOutcomes}).
 */
@Service
class CheckoutCartService implements CheckoutCartUseCase {

    private final Carts carts;
    private final CartReach reach;
    private final CheckoutOutcomes outcomes;
    private final PlaceOrderUseCase placeOrder;
    private final AwaitPlacementQuery placements;
    private final Clock clock;

    CheckoutCartService(Carts carts, CartReach reach, CheckoutOutcomes outcomes, PlaceOrderUseCase placeOrder,
                        AwaitPlacementQuery placements, Clock clock) {
        this.carts = carts;
        this.reach = reach;
        this.outcomes = outcomes;
        this.placeOrder = placeOrder;
        this.placements = placements;
        this.clock = clock;
    }

    @Override
    public CheckedOut checkout(Checkout command, Caller caller) {
        var cart = begun(command, caller);
        if (cart.status() == CartStatus.CHECKED_OUT) {
            // Checked out before (a retry whose answer was lost): answered with its order as it stands.
            return new CheckedOut(cart, placements.await(cart.orderId().orElseThrow(), Duration.ZERO), null);
        }
        var guest = cart.customer().isEmpty() && caller.customer() == null;
        var customer = cart.customer().orElseGet(() -> guest ? new CustomerId("guest-" + UUID.randomUUID()) : caller.customer());
        var pricing = cart.pricing().orElseThrow();
        var codes = new HashSet<>(cart.promoCodes());
        codes.removeAll(pricing.unusedCodes());
        var order = new PlaceOrderCommand(customer, cart.currency(),
                cart.activeLines().stream().map(line -> new PlaceOrderCommand.Line(line.sku(), line.quantity())).toList(),
                cart.shippingAddress().orElseThrow(), command.paymentMethodType(), command.paymentToken(),
                command.paymentProvider(), command.billingCountry(), command.clientAddress(), codes, cart.shipping(),
                guest ? command.guestAccessToken() : null, CheckoutOutcomes.placementKey(cart), null,
                pricing.grandTotal());
        try {
            var answer = placeOrder.place(order);
            return new CheckedOut(outcomes.answered(cart.id(), answer), answer, guest ? command.guestAccessToken() : null);
        } catch (OrderPlacementRefusedException refusal) {
            outcomes.refusedWith(cart.id(), refusal);
            throw refusal;
        }
    }

    /** The cart marked as being checked out (or found so: a retry, or a second checkout joining the first). */
    private Cart begun(Checkout command, Caller caller) {
        for (int attempt = 1; ; attempt++) {
            var cart = outcomes.settled(reach.reachable(command.cartId(), caller));
            if (cart.status() == CartStatus.CHECKED_OUT && cart.orderId().isPresent()) {
                return cart;
            }
            if (cart.status() == CartStatus.OPEN && command.expectedVersion() != null
                    && !Objects.equals(command.expectedVersion(), cart.version())) {
                throw new StaleCartException(cart.id(), cart.version());
            }
            if (!cart.beginCheckout(clock.instant())) {
                return cart;
            }
            try {
                return carts.update(cart).get(0);
            } catch (StaleCartException concurrent) {
                // read again: a checkout racing this one is joined, a change that won is refused as stale (If-Match)
                if (attempt == 3) {
                    throw concurrent;
                }
            }
        }
    }
}
