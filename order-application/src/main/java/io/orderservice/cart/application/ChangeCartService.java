package io.orderservice.cart.application;

import io.orderservice.cart.application.port.in.ChangeCartUseCase;
import io.orderservice.cart.application.port.in.StaleCartException;
import io.orderservice.cart.domain.Cart;
import io.orderservice.cart.domain.CartId;
import io.orderservice.cart.domain.CartLimits;
import io.orderservice.shared.Caller;
import java.time.Clock;
import java.util.Objects;
import org.springframework.stereotype.Service;

/**
 * Reads the cart, changes it, prices it and writes it at the version it was read, with no transaction open while it is
 * priced (shipping rates may come from a carrier's API). A change sent without If-Match that meets another is applied
 * again to the cart as the other left it (a line added from two devices at once adds both); with If-Match it is
 * refused.
 */
@Service
class ChangeCartService implements ChangeCartUseCase {

    private static final int TRIES = 3;

    private final CartReach reach;
    private final CartPricer pricer;
    private final CheckoutOutcomes outcomes;
    private final CartWrites writes;
    private final CartLimits limits;
    private final Clock clock;

    ChangeCartService(CartReach reach, CartPricer pricer, CheckoutOutcomes outcomes, CartWrites writes, CartLimits limits,
                      Clock clock) {
        this.writes = writes;
        this.reach = reach;
        this.pricer = pricer;
        this.outcomes = outcomes;
        this.limits = limits;
        this.clock = clock;
    }

    @Override
    public Cart change(CartId id, Long expectedVersion, CartChange change, Caller caller) {
        for (int attempt = 1; ; attempt++) {
            var cart = outcomes.settled(reach.reachable(id, caller));
            if (expectedVersion != null && !Objects.equals(expectedVersion, cart.version())) {
                throw new StaleCartException(id, cart.version());
            }
            apply(cart, change);
            cart.priced(pricer.price(cart));
            try {
                var key = change instanceof AddLine add ? add.requestKey() : null;
                return writes.store(cart, key).orElseGet(() -> reach.reachable(id, caller));
            } catch (StaleCartException concurrent) {
                if (expectedVersion != null || attempt == TRIES) {
                    throw concurrent;
                }
            }
        }
    }

    private void apply(Cart cart, CartChange change) {
        var at = clock.instant();
        if (change instanceof AddLine add) {
            cart.addLine(add.sku(), add.quantity(), add.note(), add.gift(), limits, at);
        } else if (change instanceof ChangeLine line) {
            cart.changeLine(line.lineId(), line.quantity(), line.note(), line.gift(), line.savedForLater(), limits, at);
        } else if (change instanceof RemoveLine remove) {
            cart.removeLine(remove.lineId(), at);
        } else if (change instanceof AddPromoCode code) {
            cart.addPromoCode(code.code(), limits, at);
        } else if (change instanceof RemovePromoCode code) {
            cart.removePromoCode(code.code(), at);
        } else if (change instanceof ShipTo shipTo) {
            cart.shipTo(shipTo.address(), at);
        } else if (change instanceof ShipBy shipBy) {
            cart.shipBy(shipBy.choice(), at);
        }
    }
}
