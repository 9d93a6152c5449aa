package io.orderservice.ordering.domain;

import io.orderservice.ordering.domain.status.OrderStatus;
import io.orderservice.shared.InvalidValueException;

/**
 * How satisfied the customer is with an order: one to five stars, and what they want to say.
 *
 * @param comment the customer's words, or null
 */
public record SatisfactionRating(int stars, String comment) {

    public static final int MAX_COMMENT = 1000;

    public SatisfactionRating {
        if (stars < 1 || stars > 5) {
            throw new InvalidValueException("a rating is one to five stars, not " + stars);
        }
        if (comment != null) {
            comment = comment.strip();
            if (comment.isEmpty()) {
                comment = null;
            } else if (comment.length() > MAX_COMMENT) {
                throw new InvalidValueException("a comment has at most " + MAX_COMMENT + " characters");
            }
        }
    }

    /** Whether a customer may rate an order in this status: once it was delivered. */
    public static boolean open(OrderStatus status) {
        return status == OrderStatus.DELIVERED || status == OrderStatus.COMPLETED || status == OrderStatus.RETURN_REQUESTED
                || status == OrderStatus.PARTIALLY_RETURNED || status == OrderStatus.RETURNED;
    }
}
