package io.orderservice.cart.application;

import io.orderservice.cart.application.port.in.StaleCartException;
import io.orderservice.cart.application.port.in.SweepIdleCartsUseCase;
import io.orderservice.cart.application.port.out.Carts;
import io.orderservice.cart.domain.CartIdlePolicy;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/** Each abandoned cart is written on its own, at its version: a shopper's change at that moment wins (and is not idle). */
@Service
class SweepIdleCartsService implements SweepIdleCartsUseCase {

    private static final Logger log = LoggerFactory.getLogger(SweepIdleCartsService.class);
    private static final int BATCH = 200;

    private final Carts carts;
    private final Clock clock;
    private final CartIdlePolicy idle;

    SweepIdleCartsService(Carts carts, Clock clock, CartIdlePolicy idle) {
        this.carts = carts;
        this.clock = clock;
        this.idle = idle;
    }

    @Override
    @Scheduled(initialDelayString = "${order-service.carts.sweep-every:PT5M}", fixedDelayString = "${order-service.carts.sweep-every:PT5M}")
    public Swept sweep() {
        var now = clock.instant();
        int abandoned = 0;
        var abandonedBefore = idle.abandonedIfChangedBefore(now);
        for (var id : carts.openIdleSince(abandonedBefore, BATCH)) {
            var cart = carts.byId(id).orElse(null);
            if (cart == null || !cart.updatedAt().isBefore(abandonedBefore)) {
                continue;
            }
            boolean found = cart.markAbandoned(now);
            try {
                carts.update(cart);
                abandoned += found ? 1 : 0;
            } catch (StaleCartException changedMeanwhile) {
                // its shopper came back
            }
        }
        int expired = carts.deleteAnonymousIdleSince(idle.anonymousExpiredIfChangedBefore(now));
        int purged = carts.deleteUnchangedSince(idle.purgedIfChangedBefore(now));
        if (abandoned + expired + purged > 0) {
            log.info("Idle carts: {} found abandoned, {} anonymous expired, {} purged", abandoned, expired, purged);
        }
        return new Swept(abandoned, expired, purged);
    }
}
