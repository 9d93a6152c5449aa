package io.orderservice.shared;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * A client's {@code Idempotency-Key} as the service holds it: the caller's own (see {@link Caller#keyScope()}), for
 * the one operation it was sent to. What a request with a key creates is bound to the key in the transaction that
 * creates it, so that a retry whose first answer was lost finds it instead of creating it again.
 *
 * @param scope     whose key it is ({@link Caller#keyScope()})
 * @param key       the key as the client sent it
 * @param operation what it was sent to: the request's path
 */
public record RequestKey(String scope, String key, String operation) {

    public RequestKey {
        if (scope == null || key == null || key.isBlank() || operation == null || operation.isBlank()) {
            throw new InvalidValueException("a request key has a scope, a key and an operation");
        }
        if (scope.length() > 255 || key.length() > 255 || operation.length() > 255) {
            throw new InvalidValueException("a request key's parts have at most 255 characters");
        }
    }

    /**
     * The key {@code caller} sent to the request at {@code path}. The one place the scope rule is applied: the filter
     * that replays answers and the handlers that bind what they create must name the same key.
     */
    public static RequestKey sentBy(Caller caller, String key, String path) {
        return new RequestKey(caller.keyScope(), key, path);
    }

    /**
     * An id derived from the key alone, for what the request creates: a run of the same request after a crash names the
     * same thing, finds it, and creates nothing twice. Unlike an order's binding, it outlives the key's retention: the
     * same key sent to the same operation later names the same thing again.
     */
    public UUID derivedId() {
        return UUID.nameUUIDFromBytes((scope + "\n" + key + "\n" + operation)
                .getBytes(StandardCharsets.UTF_8));
    }
}
