package io.orderservice.returns.gateway;

import io.orderservice.shared.Address;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The carrier the shop books return labels with ({@code order-service.returns.labels}): its name as its tracking
 * webhooks know it, its label API and key, and the shop's returns address the parcels go to. No carrier: no labels.
 */
@ConfigurationProperties("order-service.returns.labels")
record ReturnLabelProperties(String carrier, URI baseUrl, String apiKey, Duration connectTimeout, Duration readTimeout,
                             Address returnTo) {

    ReturnLabelProperties {
        if (carrier != null) {
            if (!carrier.matches("[a-z0-9-]{1,32}")) {
                throw new IllegalArgumentException("a label carrier is named in 1 to 32 lower-case letters, digits or dashes");
            }
            Objects.requireNonNull(baseUrl, "order-service.returns.labels.base-url");
            Objects.requireNonNull(returnTo, "order-service.returns.labels.return-to");
            if (apiKey == null || apiKey.isBlank()) {
                throw new IllegalArgumentException("a label carrier needs an api-key");
            }
        }
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(2) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(10) : readTimeout;
    }

    boolean booksLabels() {
        return carrier != null;
    }

    /** The key stays out of logs and actuator output. */
    @Override
    public String toString() {
        return "ReturnLabelProperties[carrier=" + carrier + ", baseUrl=" + baseUrl + ", connectTimeout=" + connectTimeout
                + ", readTimeout=" + readTimeout + "]";
    }
}
