package io.orderservice.fulfilment.persistence;

import io.orderservice.fulfilment.application.port.in.TrackingFeedQuery.Cursor;
import io.orderservice.fulfilment.application.port.in.TrackingFeedQuery.TimelineEntry;
import io.orderservice.fulfilment.application.port.out.TrackingTimelines;
import io.orderservice.fulfilment.domain.tracking.TrackingMilestone;
import io.orderservice.fulfilment.domain.tracking.TrackingUpdate;
import io.orderservice.shared.OrderId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code shipment_tracking_event}: the timelines, and {@code order_shipment} to find a tracking number's shipment. The
 * writers of a timeline hold the order's fulfilment ({@link JdbcFulfilments#hold}).
 */
@Component
class JdbcTrackingTimelines implements TrackingTimelines {

    private static final String ENTRY_COLUMNS =
            "order_id, sequence, shipment_id, carrier, event_id, tracking_number, milestone, occurred_at, place, description";

    private final NamedParameterJdbcTemplate jdbc;

    JdbcTrackingTimelines(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The carrier's number, on a shipment that left with that carrier; the latest if the carrier reused a number. */
    @Override
    public Optional<ShipmentRef> shipmentOf(String carrier, String trackingNumber) {
        return jdbc.query("""
                        SELECT order_id, id FROM order_shipment
                        WHERE tracking_number = :number AND lower(carrier) = lower(:carrier)
                        ORDER BY shipped_at DESC LIMIT 1""",
                new MapSqlParameterSource("number", trackingNumber).addValue("carrier", carrier),
                (row, number) -> new ShipmentRef(new OrderId(row.getObject("order_id", UUID.class)), row.getObject("id", UUID.class)))
                .stream().findFirst();
    }

    @Override
    public int lastSequence(OrderId orderId) {
        return jdbc.queryForObject("SELECT coalesce(max(sequence), 0) FROM shipment_tracking_event WHERE order_id = :orderId",
                Map.of("orderId", orderId.value()), Integer.class);
    }

    @Override
    public boolean append(ShipmentRef shipment, String carrier, TrackingUpdate update, int sequence, Instant receivedAt) {
        return jdbc.update("""
                        INSERT INTO shipment_tracking_event (order_id, sequence, shipment_id, carrier, event_id, tracking_number,
                            milestone, occurred_at, place, description, received_at)
                        VALUES (:orderId, :sequence, :shipmentId, :carrier, :eventId, :trackingNumber, :milestone, :occurredAt,
                            :place, :description, :receivedAt)
                        ON CONFLICT (carrier, event_id) DO NOTHING""",
                new MapSqlParameterSource("orderId", shipment.orderId().value()).addValue("sequence", sequence)
                        .addValue("shipmentId", shipment.shipmentId()).addValue("carrier", carrier.toLowerCase(Locale.ROOT))
                        .addValue("eventId", update.eventId()).addValue("trackingNumber", update.trackingNumber())
                        .addValue("milestone", update.milestone().name()).addValue("occurredAt", Timestamp.from(update.occurredAt()))
                        .addValue("place", update.place()).addValue("description", update.description())
                        .addValue("receivedAt", Timestamp.from(receivedAt))) == 1;
    }

    @Override
    public List<TimelineEntry> timelineOf(OrderId orderId) {
        return jdbc.query("SELECT " + ENTRY_COLUMNS + " FROM shipment_tracking_event WHERE order_id = :orderId ORDER BY sequence",
                Map.of("orderId", orderId.value()), JdbcTrackingTimelines::entry);
    }

    @Override
    public List<TimelineEntry> entriesAfter(Collection<Cursor> cursors) {
        return jdbc.query("SELECT " + ENTRY_COLUMNS + """
                         FROM shipment_tracking_event e
                        JOIN unnest(:orders::uuid[], :after::int[]) AS c(order_id, after) USING (order_id)
                        WHERE e.sequence > c.after
                        ORDER BY e.order_id, e.sequence""",
                new MapSqlParameterSource("orders", cursors.stream().map(cursor -> cursor.orderId().value()).toArray(UUID[]::new))
                        .addValue("after", cursors.stream().mapToInt(Cursor::afterSequence).toArray()),
                JdbcTrackingTimelines::entry);
    }

    private static TimelineEntry entry(ResultSet row, int number) throws SQLException {
        return new TimelineEntry(new OrderId(row.getObject("order_id", UUID.class)), row.getInt("sequence"),
                row.getObject("shipment_id", UUID.class), row.getString("carrier"),
                new TrackingUpdate(row.getString("event_id"), row.getString("tracking_number"),
                        TrackingMilestone.valueOf(row.getString("milestone")), row.getTimestamp("occurred_at").toInstant(),
                        row.getString("place"), row.getString("description")));
    }
}
