package io.orderservice.shared.web;

import static io.orderservice.shared.web.ProblemTypes.problem;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * A resource's version as an HTTP entity tag: strong, the version number quoted ({@code "3"}). If-Match accepts that,
 * its weak form, or {@code *} (any version). Orders and carts use it.
 */
public final class EntityTags {

    private final String what;

    /** @param what the resource, as problems name it ("order", "cart") */
    public EntityTags(String what) {
        this.what = what;
    }

    public static String etag(Long version) {
        return version == null ? null : "\"" + version + "\"";
    }

    /** The version a required If-Match names: missing is 428, {@code *} (any version) is not enough. */
    public long required(String ifMatch) {
        var version = ifMatch == null || ifMatch.isBlank() ? null : expected(ifMatch);
        if (version == null) {
            throw new ErrorResponseException(HttpStatus.PRECONDITION_REQUIRED, problem(HttpStatus.PRECONDITION_REQUIRED,
                    "precondition-required", "If-Match required",
                    "send If-Match with the ETag of the " + what + " as you read it (GET), so that no one else's change is overwritten"),
                    null);
        }
        return version;
    }

    /** The version an If-Match names; null when there is none or it is {@code *}. */
    public Long expected(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        var tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() < 2 || !tag.startsWith("\"") || !tag.endsWith("\"")) {
            var problem = problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
                    "If-Match must be an entity tag such as \"3\", as GET returned it in ETag");
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
        }
        try {
            long version = Long.parseLong(tag.substring(1, tag.length() - 1));
            if (version >= 0) {
                return version;
            }
        } catch (NumberFormatException notOurs) {
            // falls through: a well-formed tag this service never gave out
        }
        // RFC 9110 13.1.1: an entity tag that matches no current representation fails the precondition.
        throw new ErrorResponseException(HttpStatus.PRECONDITION_FAILED, problem(HttpStatus.PRECONDITION_FAILED,
                "precondition-failed", "The " + what + " has changed",
                "If-Match names no version of this " + what + "; read it again (GET) and send its ETag"), null);
    }
}
