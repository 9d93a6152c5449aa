package io.orderservice.ordering.application.port.in;

import io.orderservice.shared.OrderId;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Every change to an order as the database recorded it (an append-only table kept by a trigger): when,
 * who, why, and each changed field's value before and after (as JSON text), oldest first.
 *
 * @throws OrderNotFoundException when there is no such order
 */
public interface GetOrderAuditQuery {

    List<AuditEntry> audit(OrderId orderId);

    /** @param operation INSERT (the placement) or UPDATE */
    record AuditEntry(Instant at, String operation, String actor, String reason, Map<String, FieldChange> changes) {
        public AuditEntry {
            changes = Map.copyOf(changes);
        }
    }

    /** A field's value before and after, as JSON text ({@code null} when absent). */
    record FieldChange(String from, String to) {
    }
}
