package io.orderservice.inventory.messaging;

import io.orderservice.inventory.application.port.in.FollowStockFeedUseCase.Counted;
import io.orderservice.inventory.application.port.in.FollowStockFeedUseCase.Received;
import io.orderservice.inventory.application.port.in.FollowStockFeedUseCase.StockEvent;
import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.Sku;
import java.time.Instant;

/**
 * An inventory event as a warehouse system publishes it (docs/asyncapi.yaml, channel inventoryEvents):
 * {@code stock.received.v1} with the units received, or {@code stock.counted.v1} with the units on hand.
 */
record StockEventV1(String eventId, String type, String location, String sku, Integer quantity, Instant occurredAt) {

    static final String RECEIVED = "stock.received.v1";
    static final String COUNTED = "stock.counted.v1";

    /** The event for the use case; throws {@link InvalidValueException} when it is not one. */
    StockEvent toStockEvent() {
        if (quantity == null || location == null || sku == null) {
            throw new InvalidValueException("an inventory event names its location, SKU and quantity");
        }
        if (RECEIVED.equals(type)) {
            if (quantity < 1) {
                throw new InvalidValueException("a receipt is for at least one unit, not " + quantity);
            }
            return new Received(location, new Sku(sku), quantity);
        }
        if (COUNTED.equals(type)) {
            if (quantity < 0) {
                throw new InvalidValueException("units on hand are zero or more, not " + quantity);
            }
            return new Counted(location, new Sku(sku), quantity);
        }
        throw new InvalidValueException("unknown inventory event type " + type);
    }
}
