package com.example.acme.rates;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where Acme's rate API is and the key it wants ({@code acme.rates.*}); quotes are asked while a shopper waits. */
@ConfigurationProperties("acme.rates")
public record AcmeRatesProperties(URI baseUrl, String apiKey, Duration connectTimeout, Duration readTimeout) {

    public AcmeRatesProperties {
        Objects.requireNonNull(baseUrl, "acme.rates.base-url");
        if (apiKey == null || apiKey.isBlank()) {
            throw new IllegalArgumentException("acme.rates.api-key is needed");
        }
        connectTimeout = connectTimeout == null ? Duration.ofMillis(500) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(2) : readTimeout;
    }

    /** The key stays out of logs and actuator output. */
    @Override
    public String toString() {
        return "AcmeRatesProperties[baseUrl=" + baseUrl + "]";
    }
}
