package io.orderservice.ordering.web;

import io.orderservice.shared.InvalidValueException;

/**
 * An order's version as an HTTP entity tag: strong, the version number quoted ({@code "3"}). If-Match
 * accepts that, its weak form, or {@code *} (any version).
 */
final class OrderVersions {

    private OrderVersions() {
    }

    static String etag(Long version) {
        return version == null ? null : "\"" + version + "\"";
    }

    /** The version an If-Match names; null when there is none or it is {@code *}. */
    static Long expected(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        var tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() < 3 || !tag.startsWith("\"") || !tag.endsWith("\"")) {
            throw new InvalidValueException("If-Match must be an entity tag such as \"3\", as GET returned it in ETag");
        }
        try {
            return Long.parseLong(tag.substring(1, tag.length() - 1));
        } catch (NumberFormatException e) {
            throw new InvalidValueException("If-Match names no version of this order: " + ifMatch);
        }
    }
}
