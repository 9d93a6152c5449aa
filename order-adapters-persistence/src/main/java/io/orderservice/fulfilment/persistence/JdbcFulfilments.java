package io.orderservice.fulfilment.persistence;

import io.orderservice.fulfilment.application.port.out.Fulfilments;
import io.orderservice.fulfilment.domain.Fulfilment;
import io.orderservice.fulfilment.domain.Shipment;
import io.orderservice.shared.OrderId;
import io.orderservice.shared.Quantity;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code order_shipment} and {@code order_shipment_line}: an order's shipments, read in one statement; a shipment is
 * inserted once with its lines, and only its delivery is ever updated. A fulfilment is held by a PostgreSQL
 * transaction-level advisory lock on its order: no row is locked, so ordering's writers, which lock the order's row,
 * never wait for it, nor it for them except where fulfilment tells ordering what happened.
 */
@Component
class JdbcFulfilments implements Fulfilments {

    /**
     * The advisory locks' first key: fulfilments' locks share no key with the service's other advisory locks. (It
     * spells TRK1: tracking timelines were the first held this way.)
     */
    private static final int FULFILMENT_LOCKS = 0x54524b31;

    private final NamedParameterJdbcTemplate jdbc;

    JdbcFulfilments(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private record Row(UUID id, String carrier, String trackingNumber, String trackingUrl, Instant shippedAt, String location,
                       Instant deliveredAt) {
    }

    /**
     * One lock per order, taken in the order of their keys, so that two transactions holding some of the same
     * fulfilments queue rather than deadlock; orders whose keys collide merely queue together.
     */
    @Override
    public void hold(Collection<OrderId> orderIds) {
        orderIds.stream().mapToInt(orderId -> orderId.value().hashCode()).distinct().sorted().forEach(key ->
                jdbc.query("SELECT pg_advisory_xact_lock(:space, :key)", new MapSqlParameterSource("space", FULFILMENT_LOCKS)
                        .addValue("key", key), row -> { }));
    }

    @Override
    public Fulfilment of(OrderId orderId) {
        var lines = new LinkedHashMap<Row, List<Shipment.ShippedLine>>();
        jdbc.query("""
                        SELECT s.id, s.carrier, s.tracking_number, s.tracking_url, s.shipped_at, s.location, s.delivered_at,
                               l.line_number, l.quantity
                        FROM order_shipment s JOIN order_shipment_line l ON l.shipment_id = s.id
                        WHERE s.order_id = :orderId
                        ORDER BY s.shipped_at, s.id, l.line_number""",
                Map.of("orderId", orderId.value()), resultSet -> {
                    var row = new Row(resultSet.getObject("id", UUID.class), resultSet.getString("carrier"),
                            resultSet.getString("tracking_number"), resultSet.getString("tracking_url"),
                            resultSet.getTimestamp("shipped_at").toInstant(), resultSet.getString("location"),
                            instant(resultSet.getTimestamp("delivered_at")));
                    lines.computeIfAbsent(row, ignored -> new ArrayList<>()).add(
                            new Shipment.ShippedLine(resultSet.getInt("line_number"), Quantity.of(resultSet.getInt("quantity"))));
                });
        return Fulfilment.of(orderId, lines.entrySet().stream().map(each -> {
            var row = each.getKey();
            return new Shipment(row.id(), row.carrier(), row.trackingNumber(), row.trackingUrl(), each.getValue(), row.shippedAt(),
                    row.location(), row.deliveredAt());
        }).toList());
    }

    @Override
    public void save(Fulfilment fulfilment) {
        for (var shipment : fulfilment.recordedSinceLoaded()) {
            jdbc.update("""
                            INSERT INTO order_shipment (id, order_id, carrier, tracking_number, tracking_url, shipped_at, location,
                                delivered_at)
                            VALUES (:id, :orderId, :carrier, :trackingNumber, :trackingUrl, :shippedAt, :location, :deliveredAt)""",
                    new MapSqlParameterSource("id", shipment.id()).addValue("orderId", fulfilment.orderId().value())
                            .addValue("carrier", shipment.carrier()).addValue("trackingNumber", shipment.trackingNumber())
                            .addValue("trackingUrl", shipment.trackingUrl()).addValue("shippedAt", Timestamp.from(shipment.shippedAt()))
                            .addValue("location", shipment.location()).addValue("deliveredAt", timestamp(shipment.deliveredAt())));
            jdbc.batchUpdate("INSERT INTO order_shipment_line (shipment_id, line_number, quantity) VALUES (:shipmentId, :lineNumber, :quantity)",
                    shipment.lines().stream().map(line -> new MapSqlParameterSource("shipmentId", shipment.id())
                            .addValue("lineNumber", line.lineNumber()).addValue("quantity", line.quantity().value()))
                            .toArray(MapSqlParameterSource[]::new));
        }
        for (var shipment : fulfilment.deliveredSinceLoaded()) {
            jdbc.update("UPDATE order_shipment SET delivered_at = :deliveredAt WHERE id = :id AND delivered_at IS NULL",
                    new MapSqlParameterSource("id", shipment.id()).addValue("deliveredAt", Timestamp.from(shipment.deliveredAt())));
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
