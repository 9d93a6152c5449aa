package io.orderservice.cart.application;

import io.orderservice.cart.application.port.in.StaleCartException;
import io.orderservice.cart.application.port.out.Carts;
import io.orderservice.cart.domain.Cart;
import io.orderservice.cart.domain.CartId;
import io.orderservice.cart.domain.CartIdlePolicy;
import io.orderservice.cart.domain.CartStatus;
import io.orderservice.ordering.application.port.in.AwaitPlacementQuery;
import io.orderservice.ordering.application.port.in.OrderPlacementRefusedException.Reason;
import io.orderservice.ordering.application.port.in.OrderPlacementRefusedException;
import io.orderservice.ordering.application.port.in.PlacementAnswer;
import io.orderservice.ordering.application.port.in.PlacementOfRequestQuery;
import io.orderservice.ordering.domain.status.OrderStatus;
import io.orderservice.pricing.application.port.in.QuoteRefusedException;
import io.orderservice.shared.OrderId;
import io.orderservice.shared.RequestKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What a checkout's order means for its cart, and writing it down: an accepted order closes the cart; a refused one
 * (nothing placed, or the order rejected or cancelled in placement) opens it again for a new attempt; an order still
 * being placed, or waiting for another payment method after a decline, keeps the cart being checked out. A cart read
 * while being checked out asks the placement how its order fares first, so nobody needs to be told — and when the cart
 * knows no order, whether one was stored under the attempt's key (a checkout whose answer was lost in a crash); a
 * checkout that stored none for {@link CartIdlePolicy#checkoutStalledAfter()} has stalled and gives the cart back.
 */
@Component
class CheckoutOutcomes {

    private static final Logger log = LoggerFactory.getLogger(CheckoutOutcomes.class);
    private static final int TRIES = 3;

    /** The operation a checkout's key is bound to in placement: one per cart, whoever checks it out. */
    private static final String CHECKOUT = "cart-checkout";

    private final Carts carts;
    private final AwaitPlacementQuery placements;
    private final CartPricer pricer;
    private final PlacementOfRequestQuery placedOrders;
    private final CartIdlePolicy idle;
    private final Clock clock;

    CheckoutOutcomes(Carts carts, AwaitPlacementQuery placements, CartPricer pricer, PlacementOfRequestQuery placedOrders,
                     CartIdlePolicy idle, Clock clock) {
        this.carts = carts;
        this.placements = placements;
        this.pricer = pricer;
        this.placedOrders = placedOrders;
        this.idle = idle;
        this.clock = clock;
    }

    /** The placement's Idempotency-Key of the cart's current checkout attempt: one order per attempt. */
    static RequestKey placementKey(Cart cart) {
        return new RequestKey(CHECKOUT, cart.checkoutKey(), CHECKOUT);
    }

    /**
     * The cart, its checkout settled first if its order's placement came to an end meanwhile, or given back to the
     * shopper if it stalled.
     */
    Cart settled(Cart cart) {
        if (cart.status() != CartStatus.CHECKING_OUT) {
            return cart;
        }
        var orderId = cart.orderId().or(() -> placedOrders.placedBy(placementKey(cart)));
        if (orderId.isEmpty()) {
            var begunBefore = idle.checkoutStalledIfBegunBefore(clock.instant());
            return cart.checkoutStalled(begunBefore) ? reopenedAfterStall(cart.id(), begunBefore) : cart;
        }
        try {
            return answered(cart.id(), placements.await(orderId.get(), Duration.ZERO));
        } catch (OrderPlacementRefusedException refusal) {
            return refusedWith(cart.id(), refusal);
        }
    }

    /** The placement answered: accepted, or still at work (a slow gateway, a fraud review). */
    Cart answered(CartId id, PlacementAnswer answer) {
        var order = answer.order();
        if (order.status() == OrderStatus.REJECTED || order.status() == OrderStatus.CANCELLED) {
            return refused(id);
        }
        if (answer.inProgress() || order.status() == OrderStatus.ON_HOLD || order.status() == OrderStatus.PAYMENT_FAILED) {
            return record(id, cart -> cart.checkoutUnderWay(order.id(), clock.instant()));
        }
        return record(id, cart -> cart.checkedOut(order.id(), clock.instant()));
    }

    /**
     * The placement refused: a decline leaves the order waiting for another payment method (paid on the order), and the
     * cart with it; any other refusal opens the cart again.
     */
    Cart refusedWith(CartId id, OrderPlacementRefusedException refusal) {
        if (refusal.reason() == Reason.PAYMENT_DECLINED && refusal.facts().get("orderId") instanceof String orderId) {
            return record(id, cart -> cart.checkoutUnderWay(OrderId.of(orderId), clock.instant()));
        }
        return refused(id);
    }

    private Cart refused(CartId id) {
        return record(id, this::reopen);
    }

    private Cart reopenedAfterStall(CartId id, Instant begunBefore) {
        log.warn("Cart {}: its checkout began before {} and stored no order; the cart is open again", id, begunBefore);
        return record(id, cart -> {
            if (cart.checkoutStalled(begunBefore)) {
                reopen(cart);
            }
        });
    }

    private void reopen(Cart cart) {
        cart.checkoutRefused(clock.instant());
        try {
            cart.priced(pricer.price(cart));
        } catch (QuoteRefusedException unpriceable) {
            // The shopper sees the reason when changing the cart or checking it out again.
            log.info("Cart {} reopened and cannot be priced now: {}", cart.id(), unpriceable.getMessage());
        }
    }

    /** Writes what a checkout came to; a cart that is no longer being checked out was settled by someone else. */
    private Cart record(CartId id, Consumer<Cart> outcome) {
        for (int attempt = 1; ; attempt++) {
            var cart = carts.byId(id).orElseThrow();
            if (cart.status() != CartStatus.CHECKING_OUT) {
                return cart;
            }
            outcome.accept(cart);
            try {
                return carts.update(cart).get(0);
            } catch (StaleCartException concurrent) {
                if (attempt == TRIES) {
                    throw concurrent;
                }
            }
        }
    }
}
