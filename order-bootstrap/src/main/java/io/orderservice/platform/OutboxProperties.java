package io.orderservice.platform;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the outbox (Spring Modulith's event publication registry) is kept honest.
 *
 * @param resubmitOlderThan  an incomplete publication older than this is handed to its listener again;
 *                           longer than a listener normally takes, so that work in flight is not doubled
 * @param completedRetention completed publications are deleted after this long
 */
@ConfigurationProperties("order-service.outbox")
record OutboxProperties(Duration resubmitOlderThan, Duration completedRetention) {

    OutboxProperties {
        resubmitOlderThan = resubmitOlderThan == null ? Duration.ofMinutes(2) : resubmitOlderThan;
        completedRetention = completedRetention == null ? Duration.ofDays(7) : completedRetention;
    }
}
