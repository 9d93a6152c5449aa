package io.orderservice.risk.gateway;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import io.orderservice.ordering.application.port.out.AddressVerification;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one address verification of this service: an address validation API where one is configured, else the postal-code rules. */
@Configuration(proxyBeanMethods = false)
class AddressVerificationConfiguration {

    @Bean
    AddressVerification addressVerification(AddressValidationApiProperties api, CircuitBreakerRegistry breakers,
                                            MeterRegistry meters) {
        return api.configured()
                ? new AddressValidationApiVerification(api, breakers.circuitBreaker("address-validation", "address-validation"), meters)
                : new PostalCodeAddressVerification();
    }
}
