package io.orderservice.ordering.persistence;

import io.orderservice.ordering.application.port.in.GetOrderAuditQuery.AuditEntry;
import io.orderservice.ordering.application.port.in.GetOrderAuditQuery.FieldChange;
import io.orderservice.ordering.application.port.out.OrderAuditTrail;
import io.orderservice.shared.OrderId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The trigger-kept {@code order_audit} table; each change's fields unnested by PostgreSQL, one row per field. */
@Component
class OrderAuditReader implements OrderAuditTrail {

    private final JdbcClient jdbc;

    OrderAuditReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<AuditEntry> of(OrderId orderId) {
        record Row(long id, AuditEntry entry, String field, FieldChange change) {
        }
        var rows = jdbc.sql("""
                        SELECT a.id, a.changed_at, a.operation, a.actor, a.reason, c.key AS field,
                               (c.value -> 'from')::text AS from_value, (c.value -> 'to')::text AS to_value
                        FROM order_audit a, jsonb_each(a.changes) c
                        WHERE a.order_id = ?
                        ORDER BY a.id, c.key""")
                .param(orderId.value())
                .query((row, number) -> new Row(row.getLong("id"),
                        new AuditEntry(row.getTimestamp("changed_at").toInstant(), row.getString("operation"),
                                row.getString("actor"), row.getString("reason"), Map.of()),
                        row.getString("field"), new FieldChange(json(row.getString("from_value")), json(row.getString("to_value")))))
                .list();
        var entries = new ArrayList<AuditEntry>();
        for (int i = 0; i < rows.size(); ) {
            var first = rows.get(i);
            var changes = new HashMap<String, FieldChange>();
            for (; i < rows.size() && rows.get(i).id() == first.id(); i++) {
                changes.put(rows.get(i).field(), rows.get(i).change());
            }
            var entry = first.entry();
            entries.add(new AuditEntry(entry.at(), entry.operation(), entry.actor(), entry.reason(), changes));
        }
        return entries;
    }

    /** JSON null (the field had no value) as null; anything else as its JSON text. */
    private static String json(String value) {
        return value == null || value.equals("null") ? null : value;
    }
}
