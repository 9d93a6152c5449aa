package io.orderservice.cart.application;

import io.orderservice.cart.application.port.in.CustomerHasCartException;
import io.orderservice.cart.application.port.in.MergeCartsUseCase;
import io.orderservice.cart.application.port.in.StaleCartException;
import io.orderservice.cart.application.port.out.Carts;
import io.orderservice.cart.domain.CartId;
import io.orderservice.cart.domain.CartLimits;
import io.orderservice.cart.domain.CartStatus;
import io.orderservice.inventory.application.port.in.StockAvailabilityQuery;
import io.orderservice.shared.AccessRefusedException;
import io.orderservice.shared.Caller;
import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.Sku;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Reads both carts and the stock of the anonymous cart's SKUs, merges and prices with no transaction open, then writes
 * both carts in one transaction at the versions read; a merge that meets a change to either cart starts over.
 */
@Service
class MergeCartsService implements MergeCartsUseCase {

    private static final int TRIES = 3;

    private final Carts carts;
    private final CartReach reach;
    private final CartPricer pricer;
    private final CheckoutOutcomes outcomes;
    private final StockAvailabilityQuery stock;
    private final CartLimits limits;
    private final Clock clock;

    MergeCartsService(Carts carts, CartReach reach, CartPricer pricer, CheckoutOutcomes outcomes,
                      StockAvailabilityQuery stock, CartLimits limits, Clock clock) {
        this.carts = carts;
        this.reach = reach;
        this.pricer = pricer;
        this.outcomes = outcomes;
        this.stock = stock;
        this.limits = limits;
        this.clock = clock;
    }

    @Override
    public Merged merge(CartId anonymousId, Caller caller) {
        var customer = caller.customer();
        if (customer == null) {
            throw new AccessRefusedException("a cart is merged into a customer's: the caller must be, or act for, a customer");
        }
        for (int attempt = 1; ; attempt++) {
            var anonymous = reach.reachable(anonymousId, caller);
            if (anonymous.status() == CartStatus.MERGED) {
                // merged before (a retry): answered with the cart it went into, if it is this customer's
                var into = reach.reachable(anonymous.mergedInto().orElseThrow(), caller);
                return new Merged(outcomes.settled(into), List.of());
            }
            if (anonymous.customer().isPresent()) {
                if (anonymous.customer().get().equals(customer)) {
                    return new Merged(outcomes.settled(anonymous), List.of());
                }
                throw new InvalidValueException("cart " + anonymousId + " is not anonymous");
            }
            var target = carts.openOf(customer).map(outcomes::settled).filter(cart -> cart.status() == CartStatus.OPEN);
            try {
                if (target.isEmpty()) {
                    anonymous.claimBy(customer, clock.instant());
                    anonymous.priced(pricer.price(anonymous));
                    return new Merged(carts.update(anonymous).get(0), List.of());
                }
                var cart = target.get();
                var skus = anonymous.activeLines().stream().map(line -> line.sku()).toList();
                var caps = new HashMap<Sku, Integer>();
                stock.sellable(skus).forEach((sku, sellable) -> {
                    if (!sellable.backorderable()) {
                        caps.put(sku, sellable.units());
                    }
                });
                var adjustments = cart.absorb(anonymous, caps, limits, clock.instant());
                cart.priced(pricer.price(cart));
                return new Merged(carts.update(cart, anonymous).get(0), adjustments);
            } catch (StaleCartException | CustomerHasCartException concurrent) {
                if (attempt == TRIES) {
                    throw concurrent;
                }
            }
        }
    }
}
