package io.orderservice.shipping.gateway;

import java.math.BigDecimal;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Flat shipping rates by ISO currency code, in major units (e.g. {@code EUR: 4.95}), and optional
 * goods values from which shipping is free.
 */
@ConfigurationProperties("order-service.shipping.flat-rate")
record FlatRateProperties(Map<String, BigDecimal> rates, Map<String, BigDecimal> freeFrom) {

    FlatRateProperties {
        rates = rates == null ? Map.of() : Map.copyOf(rates);
        freeFrom = freeFrom == null ? Map.of() : Map.copyOf(freeFrom);
    }
}
