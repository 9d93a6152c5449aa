package io.orderservice.ordering.web;

import io.orderservice.shared.web.EntityTags;
import org.springframework.modulith.NamedInterface;

/**
 * An order's version as an HTTP entity tag ({@link EntityTags}). Every adapter that answers with an order uses it.
 */
@NamedInterface("order-responses")
public final class OrderVersions {

    private static final EntityTags ORDERS = new EntityTags("order");

    private OrderVersions() {
    }

    public static String etag(Long version) {
        return EntityTags.etag(version);
    }

    /** The version a required If-Match names: missing is 428, {@code *} (any version) is not enough to change an order. */
    static long required(String ifMatch) {
        return ORDERS.required(ifMatch);
    }

    /** The version an If-Match names; null when there is none or it is {@code *}. */
    public static Long expected(String ifMatch) {
        return ORDERS.expected(ifMatch);
    }
}
