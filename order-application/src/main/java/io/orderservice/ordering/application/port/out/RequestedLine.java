package io.orderservice.ordering.application.port.out;

import io.orderservice.shared.Quantity;
import io.orderservice.shared.Sku;
import java.util.Objects;

/** A SKU and how many of it the customer asks for, before anything is priced or reserved. */
public record RequestedLine(Sku sku, Quantity quantity) {

    public RequestedLine {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(quantity, "quantity");
    }
}
