package io.orderservice.cart.application;

import io.orderservice.cart.application.port.in.RefreshCartUseCase;
import io.orderservice.cart.application.port.in.StaleCartException;
import io.orderservice.cart.application.port.out.Carts;
import io.orderservice.cart.domain.CartId;
import io.orderservice.cart.domain.CartStatus;
import io.orderservice.pricing.application.port.in.QuoteRefusedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

@Service
class RefreshCartService implements RefreshCartUseCase {

    private static final Logger log = LoggerFactory.getLogger(RefreshCartService.class);

    private final Carts carts;
    private final CartPricer pricer;

    RefreshCartService(Carts carts, CartPricer pricer) {
        this.carts = carts;
        this.pricer = pricer;
    }

    @Override
    public boolean refresh(CartId id) {
        var found = carts.byId(id).filter(cart -> cart.status() == CartStatus.OPEN);
        if (found.isEmpty()) {
            return false;
        }
        var cart = found.get();
        try {
            var now = pricer.price(cart);
            if (cart.pricing().map(shown -> shown.showsTheSameAs(now)).orElse(false)) {
                return false;
            }
            cart.priced(now);
            carts.update(cart);
            return true;
        } catch (StaleCartException changedMeanwhile) {
            return false; // the change that won was priced as it was made
        } catch (QuoteRefusedException unpriceable) {
            log.info("Cart {} cannot be priced now: {}", id, unpriceable.getMessage());
            return false;
        }
    }
}
