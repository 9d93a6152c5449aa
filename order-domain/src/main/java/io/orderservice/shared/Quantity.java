package io.orderservice.shared;

/** A positive count of units. */
public record Quantity(int value) {

    public static final int MAX = 9_999;

    public Quantity {
        if (value < 1 || value > MAX) {
            throw new InvalidValueException("quantity must be between 1 and " + MAX + ", was " + value);
        }
    }

    public static Quantity of(int value) {
        return new Quantity(value);
    }
}
