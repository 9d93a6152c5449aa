package io.orderservice.platform;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How {@code Idempotency-Key} is honoured.
 *
 * @param paths           the POST paths that honour it
 * @param retention       how long a key and its response are kept (and replayed)
 * @param inFlightTimeout a first request that has not answered after this long is taken for dead (its
 *                        process stopped): its key may be used again
 */
@ConfigurationProperties("order-service.idempotency")
record IdempotencyProperties(List<String> paths, Duration retention, Duration inFlightTimeout) {

    IdempotencyProperties {
        paths = paths == null ? List.of("/api/v1/orders") : List.copyOf(paths);
        retention = retention == null ? Duration.ofHours(24) : retention;
        inFlightTimeout = inFlightTimeout == null ? Duration.ofMinutes(1) : inFlightTimeout;
    }
}
