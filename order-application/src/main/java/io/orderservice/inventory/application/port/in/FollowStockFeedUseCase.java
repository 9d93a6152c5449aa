package io.orderservice.inventory.application.port.in;

import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.Sku;
import java.util.Objects;

/**
 * Keeps stock current from a warehouse system's (or a supplier's) feed of inventory events: goods received are booked
 * in as restocks (serving waiting backorders first), counts set what is on hand. Each event is applied once, however
 * often it is delivered (the inbox, by event id).
 */
public interface FollowStockFeedUseCase {

    /** Whether the event was applied now (false: applied before). */
    boolean apply(String source, String eventId, StockEvent event);

    sealed interface StockEvent permits Received, Counted {
    }

    /** Units arrived at a location. */
    record Received(String location, Sku sku, int units) implements StockEvent {
        public Received {
            Objects.requireNonNull(sku, "sku");
        }
    }

    /** A location counted its units on hand. */
    record Counted(String location, Sku sku, int onHand) implements StockEvent {
        public Counted {
            Objects.requireNonNull(sku, "sku");
        }
    }

    static void requireEventId(String eventId) {
        if (eventId == null || eventId.isBlank() || eventId.length() > 255) {
            throw new InvalidValueException("an inventory event has an id of 1 to 255 characters");
        }
    }
}
