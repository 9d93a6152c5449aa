package io.orderservice.platform;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How {@code Idempotency-Key} is honoured.
 *
 * @param paths           the POST paths that honour it, as path patterns: every operation that creates something
 * @param retention       how long a key and its response are kept (and replayed)
 * @param inFlightTimeout a first request that has not answered after this long is taken for dead (its
 *                        process stopped): its key may be used again
 */
@ConfigurationProperties("order-service.idempotency")
record IdempotencyProperties(List<String> paths, Duration retention, Duration inFlightTimeout) {

    /** Every POST that creates something or moves money or goods: a retry must not do it twice. */
    static final List<String> CREATING = List.of("/api/v1/orders", "/api/v1/orders/{orderId}/refunds",
            "/api/v1/orders/{orderId}/refunds/{refundId}/retry",
            "/api/v1/orders/{orderId}/ship", "/api/v1/orders/{orderId}/short-picks", "/api/v1/orders/{orderId}/payment",
            "/api/v1/orders/{orderId}/items", "/api/v1/orders/{orderId}/notes", "/api/v1/orders/{orderId}/returns",
            "/api/v1/orders/{orderId}/returns/{returnId}/decision", "/api/v1/orders/{orderId}/returns/{returnId}/receipt",
            "/api/v1/admin/tax-rules",
            "/api/v1/admin/promotions", "/api/v1/admin/stock/receipts",
            "/api/v1/carts", "/api/v1/carts/{cartId}/lines", "/api/v1/carts/{cartId}/checkout");

    IdempotencyProperties {
        paths = paths == null ? CREATING : List.copyOf(paths);
        retention = retention == null ? Duration.ofHours(24) : retention;
        inFlightTimeout = inFlightTimeout == null ? Duration.ofMinutes(1) : inFlightTimeout;
    }
}
