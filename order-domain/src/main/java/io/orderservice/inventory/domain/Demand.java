package io.orderservice.inventory.domain;

import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.Sku;
import java.util.Objects;

/** How many units of a SKU an order wants, and whether what is not in stock may wait for a restock (a backorder). */
public record Demand(Sku sku, int quantity, boolean backorderable) {

    public Demand {
        Objects.requireNonNull(sku, "sku");
        if (quantity < 1) {
            throw new InvalidValueException("a demand is for at least one unit");
        }
    }
}
