package io.orderservice.ordering.domain;

import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.OrderId;
import java.time.Instant;
import java.util.Objects;

/**
 * A note on an order: one the customer sees (a message about their order) or an internal one for the
 * people who handle it. Notes are kept as written; they do not change the order.
 */
public record OrderNote(OrderId orderId, Visibility visibility, Actor author, String text, Instant writtenAt) {

    public static final int MAX_LENGTH = 2000;

    public enum Visibility { CUSTOMER, INTERNAL }

    public OrderNote {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(visibility, "visibility");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(writtenAt, "writtenAt");
        if (text == null || text.isBlank() || text.length() > MAX_LENGTH) {
            throw new InvalidValueException("a note has 1 to " + MAX_LENGTH + " characters");
        }
        text = text.strip();
    }

    /** Whether {@code other} says the same, to the same readers, from the same author (written at any time). */
    public boolean sameWordsBySameAuthor(OrderNote other) {
        return orderId.equals(other.orderId) && visibility == other.visibility && author.equals(other.author)
                && text.equals(other.text);
    }
}
