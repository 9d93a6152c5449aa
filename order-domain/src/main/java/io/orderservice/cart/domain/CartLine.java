package io.orderservice.cart.domain;

import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.Quantity;
import io.orderservice.shared.Sku;
import java.util.Objects;

/**
 * A line of a cart: so many units of a SKU, perhaps with a note (engraving, a message for the recipient) and as a gift.
 * A line saved for later stays in the cart but is neither priced nor bought at checkout.
 *
 * @param id the line's number in its cart, never reused
 */
public record CartLine(int id, Sku sku, Quantity quantity, String note, boolean gift, boolean savedForLater) {

    public static final int MAX_NOTE = 500;

    public CartLine {
        if (id < 1) {
            throw new InvalidValueException("a cart line's id is positive");
        }
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(quantity, "quantity");
        note = note == null || note.isBlank() ? null : note.strip();
        if (note != null && note.length() > MAX_NOTE) {
            throw new InvalidValueException("a line's note has at most " + MAX_NOTE + " characters");
        }
    }

    /** Whether this line is bought at checkout (not saved for later). */
    public boolean active() {
        return !savedForLater;
    }

    /** Whether {@code sku} as a gift or not would be added to this line rather than to a line of its own. */
    boolean takes(Sku sku, boolean gift, boolean savedForLater) {
        return this.sku.equals(sku) && this.gift == gift && this.savedForLater == savedForLater;
    }

    CartLine withQuantity(Quantity quantity) {
        return new CartLine(id, sku, quantity, note, gift, savedForLater);
    }

    CartLine with(Quantity quantity, String note, boolean gift, boolean savedForLater) {
        return new CartLine(id, sku, quantity, note, gift, savedForLater);
    }
}
