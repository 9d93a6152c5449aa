package io.orderservice.inventory.persistence;

import io.orderservice.inventory.domain.AllocationStrategy;
import io.orderservice.inventory.domain.FewestShipmentsThenNearest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The allocation strategy: fewest shipments, then the nearest locations (wired here, beside the stock it allocates,
 * as the application ring holds no configuration). A shop with other rules declares its own
 * {@link AllocationStrategy} bean as {@code @Primary}.
 */
@Configuration(proxyBeanMethods = false)
class AllocationConfiguration {

    @Bean
    AllocationStrategy allocationStrategy() {
        return new FewestShipmentsThenNearest();
    }
}
