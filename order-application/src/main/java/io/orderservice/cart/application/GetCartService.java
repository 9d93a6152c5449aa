package io.orderservice.cart.application;

import io.orderservice.cart.application.port.in.GetCartQuery;
import io.orderservice.cart.domain.Cart;
import io.orderservice.cart.domain.CartId;
import io.orderservice.shared.Caller;
import org.springframework.stereotype.Service;

@Service
class GetCartService implements GetCartQuery {

    private final CartReach reach;
    private final CheckoutOutcomes outcomes;

    GetCartService(CartReach reach, CheckoutOutcomes outcomes) {
        this.reach = reach;
        this.outcomes = outcomes;
    }

    @Override
    public Cart get(CartId id, Caller caller) {
        return outcomes.settled(reach.reachable(id, caller));
    }
}
