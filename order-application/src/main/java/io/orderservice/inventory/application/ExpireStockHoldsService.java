package io.orderservice.inventory.application;

import io.micrometer.core.instrument.MeterRegistry;
import io.orderservice.inventory.application.port.in.ExpireStockHoldsUseCase;
import io.orderservice.inventory.application.port.out.StockAllocations;
import io.orderservice.inventory.domain.HoldLifetime;
import io.orderservice.shared.OrderId;
import java.time.Clock;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs on every instance; two sweeps at once expire each hold once (the second finds it EXPIRED). Counted in
 * {@code inventory.holds.expired}: anything above zero means placements die or stall, which the saga should prevent.
 */
@Service
class ExpireStockHoldsService implements ExpireStockHoldsUseCase {

    private static final Logger log = LoggerFactory.getLogger(ExpireStockHoldsService.class);

    private final StockAllocations allocations;
    private final HoldLifetime lifetime;
    private final Clock clock;
    private final MeterRegistry meters;

    ExpireStockHoldsService(StockAllocations allocations, HoldLifetime lifetime, Clock clock, MeterRegistry meters) {
        this.allocations = allocations;
        this.lifetime = lifetime;
        this.clock = clock;
        this.meters = meters;
    }

    @Override
    @Transactional
    @Scheduled(initialDelayString = "${order-service.inventory.hold-expiry-check-every:PT1M}",
            fixedDelayString = "${order-service.inventory.hold-expiry-check-every:PT1M}")
    public Set<OrderId> expireLapsedHolds() {
        var expired = allocations.expireHeldBefore(lifetime.lapsedBefore(clock.instant()));
        if (!expired.isEmpty()) {
            meters.counter("inventory.holds.expired").increment(expired.size());
            log.warn("Stock held for {} unconfirmed order(s) expired and is for sale again: {}", expired.size(), expired);
        }
        return expired;
    }
}
