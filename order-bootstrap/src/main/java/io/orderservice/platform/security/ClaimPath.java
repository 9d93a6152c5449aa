package io.orderservice.platform.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A claim named by a dotted path ({@code roles}, or {@code realm_access.roles} for the roles Keycloak nests in
 * an object), read from a token's claims as a list of strings.
 */
record ClaimPath(String path) {

    ClaimPath {
        if (path == null || path.isBlank() || path.startsWith(".") || path.endsWith(".")) {
            throw new IllegalArgumentException("a claim path is a claim name or names joined by dots: " + path);
        }
    }

    /** The strings at this path: a list, a single string, or nothing when any step is missing. */
    List<String> strings(Map<String, Object> claims) {
        Object value = claims;
        for (var step : path.split("\\.")) {
            if (!(value instanceof Map<?, ?> object)) {
                return List.of();
            }
            value = object.get(step);
        }
        if (value instanceof Collection<?> values) {
            return values.stream().filter(String.class::isInstance).map(String.class::cast).toList();
        }
        return value instanceof String single ? List.of(single) : List.of();
    }

    /** The value nested at this path, as a token's claims would hold it. */
    Map.Entry<String, Object> nest(Object value) {
        var steps = path.split("\\.");
        Object nested = value;
        for (int i = steps.length - 1; i > 0; i--) {
            nested = Map.of(steps[i], nested);
        }
        return Map.entry(steps[0], nested);
    }
}
