package io.orderservice.cart.application;

import io.orderservice.cart.application.port.out.Carts;
import io.orderservice.cart.domain.Cart;
import io.orderservice.shared.RequestKey;
import io.orderservice.shared.application.RequestEffects;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Writes a changed cart, with the claim of the request that changed it when it carried an Idempotency-Key. */
@Component
class CartWrites {

    private final Carts carts;
    private final RequestEffects effects;

    CartWrites(Carts carts, RequestEffects effects) {
        this.carts = carts;
        this.effects = effects;
    }

    /**
     * The cart at its new version; empty when a run of the same request (its key) changed it already, and nothing
     * was written now. The claim and the change commit together, so a crash between them leaves neither.
     */
    @Transactional
    public Optional<Cart> store(Cart cart, RequestKey key) {
        if (key != null && !effects.firstTime(key)) {
            return Optional.empty();
        }
        return Optional.of(carts.update(cart).get(0));
    }
}
