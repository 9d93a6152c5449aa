package io.orderservice.risk.config;

import io.orderservice.risk.domain.RiskRules;
import io.orderservice.risk.domain.VelocityWindow;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The fraud rules and their velocity window, from {@code order-service.fraud} (ADR 0027). */
@Configuration(proxyBeanMethods = false)
class RiskConfiguration {

    @Bean
    RiskRules riskRules(FraudProperties properties) {
        return properties.toRules();
    }

    @Bean
    VelocityWindow velocityWindow(FraudProperties properties) {
        return new VelocityWindow(properties.velocityWindow());
    }

    /**
     * The rules' points and thresholds ({@code order-service.fraud}); see {@link RiskRules} for each.
     *
     * @param velocityWindow how far back "recent" orders count
     */
    @ConfigurationProperties("order-service.fraud")
    record FraudProperties(Duration velocityWindow, Integer velocityLimit, Integer velocityPoints, BigDecimal amountMultiple,
                           BigDecimal firstOrderLimit, Integer amountPoints, Integer countryMismatchPoints,
                           Set<String> riskyCountries, Integer riskyCountryPoints, Integer reviewAt, Integer rejectAt) {

        FraudProperties {
            velocityWindow = velocityWindow == null ? Duration.ofHours(1) : velocityWindow;
        }

        RiskRules toRules() {
            return new RiskRules(or(velocityLimit, 5), or(velocityPoints, 30), amountMultiple == null ? BigDecimal.TEN : amountMultiple,
                    firstOrderLimit == null ? new BigDecimal("1000") : firstOrderLimit, or(amountPoints, 30),
                    or(countryMismatchPoints, 20), riskyCountries, or(riskyCountryPoints, 40), or(reviewAt, 50), or(rejectAt, 80));
        }

        private static int or(Integer value, int otherwise) {
            return value == null ? otherwise : value;
        }
    }
}
