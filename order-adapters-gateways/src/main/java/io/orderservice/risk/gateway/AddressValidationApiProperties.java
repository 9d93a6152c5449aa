package io.orderservice.risk.gateway;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * An address validation service speaking the Address Validation API protocol
 * ({@code order-service.address-verification.validation-api}): where it is, its API key, how long a placement waits for
 * it. No base URL: the postal-code rules in process verify addresses.
 */
@ConfigurationProperties("order-service.address-verification.validation-api")
record AddressValidationApiProperties(URI baseUrl, String apiKey, Duration connectTimeout, Duration readTimeout) {

    AddressValidationApiProperties {
        if (baseUrl != null && (apiKey == null || apiKey.isBlank())) {
            throw new IllegalArgumentException("an address validation API needs an api-key");
        }
        connectTimeout = connectTimeout == null ? Duration.ofMillis(500) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(1) : readTimeout;
    }

    boolean configured() {
        return baseUrl != null;
    }

    /** The key stays out of logs and actuator output. */
    @Override
    public String toString() {
        return "AddressValidationApi[baseUrl=" + baseUrl + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout + "]";
    }
}
