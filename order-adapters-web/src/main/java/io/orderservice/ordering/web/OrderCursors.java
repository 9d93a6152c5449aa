package io.orderservice.ordering.web;

import static io.orderservice.shared.web.ProblemTypes.problem;

import io.orderservice.ordering.application.port.in.ListOrdersQuery.Position;
import io.orderservice.shared.OrderId;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * A list position as an opaque cursor: where the page ended, bound to the list it came from (its sort and
 * filters, as a fingerprint), so that a cursor used with another list is refused instead of skipping or
 * repeating orders.
 */
final class OrderCursors {

    private OrderCursors() {
    }

    static String encode(String list, Position position) {
        var text = list + "\n" + position.sortValue() + "\n" + position.after().value();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** @param list the fingerprint of the list being asked for */
    static Position decode(String cursor, String list) {
        try {
            var parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\n", -1);
            if (parts.length != 3 || !parts[0].equals(list)) {
                throw invalid();
            }
            return new Position(parts[1], new OrderId(UUID.fromString(parts[2])));
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    private static ErrorResponseException invalid() {
        return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem(HttpStatus.BAD_REQUEST, "invalid-cursor",
                "Invalid cursor", "the cursor is not one this list gave out (take it from 'next', with the same filters and sort)"),
                null);
    }
}
