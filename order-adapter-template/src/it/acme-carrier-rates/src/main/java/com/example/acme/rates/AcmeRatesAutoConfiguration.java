package com.example.acme.rates;

import io.orderservice.shipping.application.port.out.CarrierRateSource;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Puts Acme's rates into the service when its jar is on the class path (META-INF/spring/…AutoConfiguration.imports:
 * the service scans only its own packages) and {@code acme.rates.base-url} is set. The service asks every
 * {@link CarrierRateSource} bean.
 */
@AutoConfiguration
@ConditionalOnProperty("acme.rates.base-url")
@EnableConfigurationProperties(AcmeRatesProperties.class)
public class AcmeRatesAutoConfiguration {

    @Bean
    CarrierRateSource acmeCarrierRates(AcmeRatesProperties properties) {
        return new AcmeCarrierRates(properties);
    }
}
