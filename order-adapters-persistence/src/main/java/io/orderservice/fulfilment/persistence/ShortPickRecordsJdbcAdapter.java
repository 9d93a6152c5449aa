package io.orderservice.fulfilment.persistence;

import io.orderservice.fulfilment.application.port.out.ShortPickRecords;
import io.orderservice.shared.OrderId;
import java.sql.Timestamp;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Short picks in {@code order_short_pick}; where they were reallocated to is a JSON object of units by location. */
@Component
class ShortPickRecordsJdbcAdapter implements ShortPickRecords {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Integer>> UNITS_BY_LOCATION = new TypeReference<>() {
    };

    private final JdbcClient jdbc;

    ShortPickRecordsJdbcAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<RecordedShortPick> find(UUID id) {
        return jdbc.sql("""
                        SELECT id, order_id, location, line_number, missing, reallocated, backordered, given_up, reported_by,
                               reported_at
                        FROM order_short_pick WHERE id = ?""")
                .param(id)
                .query((row, number) -> new RecordedShortPick(row.getObject("id", UUID.class),
                        new OrderId(row.getObject("order_id", UUID.class)), row.getString("location"), row.getInt("line_number"),
                        row.getInt("missing"), JSON.readValue(row.getString("reallocated"), UNITS_BY_LOCATION),
                        row.getInt("backordered"), row.getInt("given_up"), row.getString("reported_by"),
                        row.getTimestamp("reported_at").toInstant()))
                .optional();
    }

    @Override
    public void add(RecordedShortPick shortPick) {
        jdbc.sql("""
                        INSERT INTO order_short_pick (id, order_id, location, line_number, missing, reallocated, backordered,
                                                      given_up, reported_by, reported_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(shortPick.id(), shortPick.orderId().value(), shortPick.location(), shortPick.lineNumber(),
                        shortPick.missing(), JSON.writeValueAsString(shortPick.reallocated()), shortPick.backordered(),
                        shortPick.givenUp(), shortPick.reportedBy(), Timestamp.from(shortPick.reportedAt()))
                .update();
    }
}
