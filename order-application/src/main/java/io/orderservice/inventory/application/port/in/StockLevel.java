package io.orderservice.inventory.application.port.in;

import io.orderservice.shared.Sku;

/** A SKU at a location: units on hand, units orders hold, and what is left to sell. */
public record StockLevel(String location, Sku sku, int onHand, int reserved) {

    public int available() {
        return onHand - reserved;
    }
}
