package io.orderservice.shipping.gateway;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Carriers whose rates come from their own rate API over HTTP ({@code order-service.shipping.rate-apis.<carrier>}):
 * where it is, its API key, and how long a quote may take. None configured: the rate tables alone price shipping.
 */
@ConfigurationProperties("order-service.shipping")
record RateApiProperties(Map<String, RateApi> rateApis) {

    RateApiProperties {
        rateApis = rateApis == null ? Map.of() : Map.copyOf(rateApis);
    }

    record RateApi(URI baseUrl, String apiKey, Duration connectTimeout, Duration readTimeout) {
        RateApi {
            Objects.requireNonNull(baseUrl, "base-url");
            if (apiKey == null || apiKey.isBlank()) {
                throw new IllegalArgumentException("a carrier rate API needs an api-key");
            }
            connectTimeout = connectTimeout == null ? Duration.ofSeconds(1) : connectTimeout;
            readTimeout = readTimeout == null ? Duration.ofSeconds(2) : readTimeout;
        }

        /** The key stays out of logs and actuator output. */
        @Override
        public String toString() {
            return "RateApi[baseUrl=" + baseUrl + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout + "]";
        }
    }
}
