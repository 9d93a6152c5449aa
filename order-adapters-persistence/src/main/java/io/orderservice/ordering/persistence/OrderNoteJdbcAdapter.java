package io.orderservice.ordering.persistence;

import io.orderservice.ordering.application.port.out.OrderNotes;
import io.orderservice.ordering.domain.Actor;
import io.orderservice.ordering.domain.OrderNote;
import io.orderservice.shared.OrderId;
import java.sql.Timestamp;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Notes in one plain table: written once, read by order and visibility. */
@Component
class OrderNoteJdbcAdapter implements OrderNotes {

    private final JdbcClient jdbc;

    OrderNoteJdbcAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean add(OrderNote note) {
        // Written only if the order exists: no foreign-key error to translate.
        return jdbc.sql("""
                        INSERT INTO order_note (order_id, visibility, actor_kind, actor_id, text, written_at)
                        SELECT o.id, :visibility, :actorKind, :actorId, :text, :writtenAt FROM orders o WHERE o.id = :orderId""")
                .param("orderId", note.orderId().value())
                .param("visibility", note.visibility().name())
                .param("actorKind", note.author().kind().name())
                .param("actorId", note.author().id())
                .param("text", note.text())
                .param("writtenAt", Timestamp.from(note.writtenAt()))
                .update() == 1;
    }

    @Override
    public List<OrderNote> of(OrderId orderId, Set<OrderNote.Visibility> visibilities) {
        if (visibilities.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT visibility, actor_kind, actor_id, text, written_at FROM order_note
                        WHERE order_id = :orderId AND visibility IN (:visibilities) ORDER BY id""")
                .param("orderId", orderId.value())
                .param("visibilities", visibilities.stream().map(Enum::name).toList())
                .query((row, number) -> new OrderNote(orderId, OrderNote.Visibility.valueOf(row.getString("visibility")),
                        new Actor(Actor.Kind.valueOf(row.getString("actor_kind")), row.getString("actor_id")),
                        row.getString("text"), row.getTimestamp("written_at").toInstant()))
                .list();
    }
}
