package io.orderservice.cart.config;

import io.orderservice.cart.domain.CartLimits;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What one cart may hold ({@code order-service.carts.limits}, docs/carts.md); unset limits are the defaults. */
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

    private static int or(Integer value, int otherwise) {
        return value == null ? otherwise : value;
    }

    @ConfigurationProperties("order-service.carts")
    record CartProperties(Limits limits) {
    }

    record Limits(Integer maxLines, Integer maxUnitsPerLine, Integer maxSavedLines, Integer maxPromoCodes) {
    }
}
