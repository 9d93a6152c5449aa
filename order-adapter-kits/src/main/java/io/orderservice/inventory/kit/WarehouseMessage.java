package io.orderservice.inventory.kit;

import io.orderservice.shared.Sku;
import java.time.Instant;
import java.util.Objects;

/**
 * A message of a warehouse system as {@link StockFeedContract} describes it; the adapter's test writes it in the
 * warehouse's own format and sends it the way the warehouse does. The kit also sends what a warehouse should not: an id
 * that is blank, quantities the service refuses, a kind of message newer than the adapter.
 *
 * @param eventId  the warehouse's id of the event; blank for a message without one
 * @param quantity units received, or units on hand for a count
 */
public record WarehouseMessage(String eventId, Kind kind, String location, Sku sku, int quantity, Instant occurredAt) {

    public WarehouseMessage {
        Objects.requireNonNull(eventId, "eventId (blank for none)");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }

    public enum Kind {
        /** Units arrived at a location. */
        RECEIVED,
        /** A location counted its units on hand. */
        COUNTED,
        /** A kind the warehouse added after the adapter was written (an adjustment, a transfer): its own type name. */
        NEWER_THAN_THE_ADAPTER
    }
}
