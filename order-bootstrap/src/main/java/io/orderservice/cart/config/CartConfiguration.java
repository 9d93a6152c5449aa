package io.orderservice.cart.config;

import io.orderservice.cart.domain.CartIdlePolicy;
import io.orderservice.cart.domain.CartLimits;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What one cart may hold ({@code order-service.carts.limits}) and how long carts may be left alone
 * ({@code order-service.carts.abandoned-after}, {@code anonymous-expire-after}, {@code purge-after},
 * {@code checkout-stalled-after}); docs/carts.md. Unset values are the defaults.
 */
@Configuration(proxyBeanMethods = false)
class CartConfiguration {

    @Bean
    CartLimits cartLimits(CartProperties properties) {
        var limits = properties.limits();
        var defaults = CartLimits.DEFAULT;
        if (limits == null) {
            return defaults;
        }
        return new CartLimits(or(limits.maxLines(), defaults.maxLines()), or(limits.maxUnitsPerLine(), defaults.maxUnitsPerLine()),
                or(limits.maxSavedLines(), defaults.maxSavedLines()), or(limits.maxPromoCodes(), defaults.maxPromoCodes()));
    }

    @Bean
    CartIdlePolicy cartIdlePolicy(CartProperties properties) {
        var defaults = CartIdlePolicy.DEFAULT;
        return new CartIdlePolicy(or(properties.abandonedAfter(), defaults.abandonedAfter()),
                or(properties.anonymousExpireAfter(), defaults.anonymousExpireAfter()),
                or(properties.purgeAfter(), defaults.purgeAfter()),
                or(properties.checkoutStalledAfter(), defaults.checkoutStalledAfter()));
    }

    private static Duration or(Duration value, Duration otherwise) {
        return value == null ? otherwise : value;
    }

    private static int or(Integer value, int otherwise) {
        return value == null ? otherwise : value;
    }

    @ConfigurationProperties("order-service.carts")
    record CartProperties(Limits limits, Duration abandonedAfter, Duration anonymousExpireAfter, Duration purgeAfter,
                          Duration checkoutStalledAfter) {
    }

    record Limits(Integer maxLines, Integer maxUnitsPerLine, Integer maxSavedLines, Integer maxPromoCodes) {
    }
}
