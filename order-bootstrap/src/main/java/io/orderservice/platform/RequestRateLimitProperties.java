package io.orderservice.platform;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many API requests one client (by address) may make per window, on each instance.
 *
 * @param limit  requests per window and client; 0 switches limiting off
 * @param window the length of a window
 */
@ConfigurationProperties("order-service.rate-limit")
record RequestRateLimitProperties(Integer limit, Duration window) {

    RequestRateLimitProperties {
        limit = limit == null ? 1000 : limit;
        window = window == null ? Duration.ofSeconds(1) : window;
        if (limit < 0 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("order-service.rate-limit needs a limit of 0 or more and a positive window");
        }
    }
}
