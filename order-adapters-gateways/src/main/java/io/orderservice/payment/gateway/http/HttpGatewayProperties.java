package io.orderservice.payment.gateway.http;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * One HTTP payment gateway ({@code order-service.payment.http-gateways.<name>}): where it is, its API
 * key, the secret its webhooks are signed with, and how long to wait for it.
 */
public record HttpGatewayProperties(URI baseUrl, String apiKey, String webhookSecret, Duration connectTimeout,
                                    Duration readTimeout, Duration webhookTolerance) {

    public HttpGatewayProperties {
        Objects.requireNonNull(baseUrl, "base-url");
        if (apiKey == null || apiKey.isBlank()) {
            throw new IllegalArgumentException("an HTTP payment gateway needs an api-key");
        }
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(2) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(10) : readTimeout;
        webhookTolerance = webhookTolerance == null ? Duration.ofMinutes(5) : webhookTolerance;
    }

    /** Keys and secrets stay out of logs and actuator output. */
    @Override
    public String toString() {
        return "HttpGatewayProperties[baseUrl=" + baseUrl + ", connectTimeout=" + connectTimeout + ", readTimeout="
                + readTimeout + "]";
    }
}
