package io.orderservice.fulfilment.application.port.in;

import io.orderservice.fulfilment.domain.tracking.TrackingUpdate;
import io.orderservice.shared.OrderId;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * What carriers reported about orders' shipments since a reader last looked, for live streams: per order, the
 * timeline entries after a sequence number. Entries of one order become visible in sequence order, so a reader that
 * remembers the last sequence it saw misses none.
 */
public interface TrackingFeedQuery {

    /** Entries of the orders after each one's sequence, by order then sequence. */
    List<TimelineEntry> entriesAfter(Collection<Cursor> cursors);

    record Cursor(OrderId orderId, int afterSequence) {
    }

    /** The {@code sequence}-th report about the order's shipments. */
    record TimelineEntry(OrderId orderId, int sequence, UUID shipmentId, String carrier, TrackingUpdate update) {
    }
}
