package io.orderservice.inventory.application.port.in;

import io.orderservice.shared.Sku;
import org.springframework.modulith.NamedInterface;

/** A SKU at a location: units on hand, units orders hold, and what is left to sell. */
@NamedInterface("stock-receipts")
public record StockLevel(String location, Sku sku, int onHand, int reserved) {

    public int available() {
        return onHand - reserved;
    }
}
