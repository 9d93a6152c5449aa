package io.orderservice.ordering.domain;

import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.Money;
import io.orderservice.shared.Quantity;
import io.orderservice.shared.Sku;
import java.util.Objects;

/** One priced line of an order. The price is the one in force at placement and never changes with the catalog. */
public record OrderLine(int lineNumber, Sku sku, String name, Quantity quantity, Money unitPrice) {

    public OrderLine {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(unitPrice, "unitPrice");
        if (lineNumber < 1) {
            throw new InvalidValueException("line number must be positive");
        }
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new InvalidValueException("line name must be 1-200 characters");
        }
        if (unitPrice.isNegative()) {
            throw new InvalidValueException("unit price of " + sku + " must not be negative");
        }
    }

    public Money lineTotal() {
        return unitPrice.times(quantity.value());
    }
}
