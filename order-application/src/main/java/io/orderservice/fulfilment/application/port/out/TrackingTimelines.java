package io.orderservice.fulfilment.application.port.out;

import io.orderservice.fulfilment.application.port.in.TrackingFeedQuery.Cursor;
import io.orderservice.fulfilment.application.port.in.TrackingFeedQuery.TimelineEntry;
import io.orderservice.fulfilment.domain.tracking.TrackingUpdate;
import io.orderservice.shared.OrderId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The carriers' reports about an order's shipments, kept as a timeline per order. Each entry has the order's next
 * {@code sequence}, given while the order's fulfilment is held ({@link Fulfilments#hold}) so that entries become visible in sequence order (a reader
 * that saw entry n never misses an n-1 committed later).
 */
public interface TrackingTimelines {

    /** The order and shipment a carrier's tracking number belongs to. */
    Optional<ShipmentRef> shipmentOf(String carrier, String trackingNumber);

    /** The last sequence of the order's timeline, 0 when empty. */
    int lastSequence(OrderId orderId);

    /** Appends the update as entry {@code sequence}; false (nothing appended) when the carrier reported it before. */
    boolean append(ShipmentRef shipment, String carrier, TrackingUpdate update, int sequence, Instant receivedAt);

    /** The order's timeline, by sequence. */
    List<TimelineEntry> timelineOf(OrderId orderId);

    /** Entries of the orders after each one's given sequence, by order then sequence. */
    List<TimelineEntry> entriesAfter(Collection<Cursor> cursors);

    record ShipmentRef(OrderId orderId, UUID shipmentId) {
    }
}
