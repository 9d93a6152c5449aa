package io.orderservice.returns.domain;

import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.Quantity;
import java.util.Objects;

/** Units of one order line sent back. */
public record ReturnLine(int lineNumber, Quantity quantity) {

    public ReturnLine {
        if (lineNumber < 1) {
            throw new InvalidValueException("a line number is positive, was " + lineNumber);
        }
        Objects.requireNonNull(quantity, "quantity");
    }
}
