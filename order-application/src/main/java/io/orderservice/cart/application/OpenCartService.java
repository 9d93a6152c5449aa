package io.orderservice.cart.application;

import io.orderservice.cart.application.port.in.CustomerHasCartException;
import io.orderservice.cart.application.port.in.OpenCartUseCase;
import io.orderservice.cart.application.port.out.Carts;
import io.orderservice.cart.domain.Cart;
import io.orderservice.cart.domain.CartId;
import io.orderservice.shared.AccessRefusedException;
import io.orderservice.shared.Caller;
import io.orderservice.shared.Role;
import java.time.Clock;
import org.springframework.stereotype.Service;

@Service
class OpenCartService implements OpenCartUseCase {

    private final Carts carts;
    private final CartPricer pricer;
    private final CheckoutOutcomes outcomes;
    private final Clock clock;

    OpenCartService(Carts carts, CartPricer pricer, CheckoutOutcomes outcomes, Clock clock) {
        this.carts = carts;
        this.pricer = pricer;
        this.outcomes = outcomes;
        this.clock = clock;
    }

    @Override
    public Opened open(OpenCart command, Caller caller) {
        var customer = caller.customer();
        if (customer == null && !caller.hasRole(Role.STOREFRONT)) {
            throw new AccessRefusedException("carts are shoppers': a customer's, or an anonymous one a storefront opens");
        }
        // Two tries: a cart the customer opened at the same moment (elsewhere) is found the second time.
        for (int attempt = 1; ; attempt++) {
            if (customer != null) {
                var existing = carts.openOf(customer).map(outcomes::settled).filter(cart -> !cart.status().isFinal());
                if (existing.isPresent()) {
                    return new Opened(existing.get(), false);
                }
            }
            var cart = Cart.open(CartId.newId(), customer, command.currency(), command.country(), clock.instant());
            cart.priced(pricer.price(cart));
            var stored = carts.insert(cart);
            if (stored.isPresent() || attempt == 2) {
                return new Opened(stored.orElseThrow(() -> new CustomerHasCartException(customer)), true);
            }
        }
    }
}
