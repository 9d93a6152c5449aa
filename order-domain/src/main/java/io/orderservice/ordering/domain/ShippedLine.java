package io.orderservice.ordering.domain;

import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.Quantity;
import java.util.Objects;

/** How many units of one order line leave (or are left to leave) in a shipment. */
public record ShippedLine(int lineNumber, Quantity quantity) {
    public ShippedLine {
        Objects.requireNonNull(quantity, "quantity");
        if (lineNumber < 1) {
            throw new InvalidValueException("line numbers count from 1");
        }
    }
}
