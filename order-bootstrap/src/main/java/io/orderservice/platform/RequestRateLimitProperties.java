package io.orderservice.platform;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many API requests may be made per window, on each instance: per client address, per caller (a token's subject:
 * a storefront, an operator, a customer) and per customer acted for (by a customer's token or a storefront's).
 *
 * @param limit       requests per window and client address; 0 switches this limit off
 * @param window      the length of a window
 * @param perCaller   requests per window and caller; 0 switches this limit off
 * @param perCustomer requests per window and customer acted for; 0 switches this limit off
 */
@ConfigurationProperties("order-service.rate-limit")
record RequestRateLimitProperties(Integer limit, Duration window, Integer perCaller, Integer perCustomer) {

    RequestRateLimitProperties {
        limit = limit == null ? 1000 : limit;
        window = window == null ? Duration.ofSeconds(1) : window;
        perCaller = perCaller == null ? 1000 : perCaller;
        perCustomer = perCustomer == null ? 50 : perCustomer;
        if (limit < 0 || perCaller < 0 || perCustomer < 0 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("order-service.rate-limit needs limits of 0 or more and a positive window");
        }
    }
}
