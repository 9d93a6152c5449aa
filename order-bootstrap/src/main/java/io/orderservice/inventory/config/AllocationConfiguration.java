package io.orderservice.inventory.config;

import io.orderservice.inventory.domain.AllocationStrategy;
import io.orderservice.inventory.domain.FewestShipmentsThenNearest;
import io.orderservice.inventory.domain.HoldLifetime;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The allocation strategy — fewest shipments, then the nearest locations — and how long an unconfirmed hold lives, wired
 * in the bootstrap ring with the rest of the configured policies (ADR 0027). A shop with other rules declares its own
 * {@link AllocationStrategy} bean as {@code @Primary}.
 */
@Configuration(proxyBeanMethods = false)
class AllocationConfiguration {

    @Bean
    AllocationStrategy allocationStrategy() {
        return new FewestShipmentsThenNearest();
    }

    /** {@code order-service.inventory.hold-lifetime}, two hours unless configured. */
    @Bean
    HoldLifetime holdLifetime(@Value("${order-service.inventory.hold-lifetime:PT2H}") Duration lifetime) {
        return new HoldLifetime(lifetime);
    }
}
