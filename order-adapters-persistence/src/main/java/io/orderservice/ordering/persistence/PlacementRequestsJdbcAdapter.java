package io.orderservice.ordering.persistence;

import io.orderservice.ordering.application.port.out.PlacementRequests;
import io.orderservice.shared.OrderId;
import io.orderservice.shared.RequestKey;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Binds placements to the row the {@code Idempotency-Key} filter claimed for their request ({@code idempotency_key},
 * column {@code created_id}). The row is locked by the update until the placement's transaction ends, so two runs of
 * one request bind one after the other and the second sees the first's order. A key the filter did not claim (a path
 * configured not to honour keys) has no row, and then there is nothing to bind.
 */
@Component
class PlacementRequestsJdbcAdapter implements PlacementRequests {

    private final JdbcClient jdbc;

    PlacementRequestsJdbcAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<OrderId> placedBy(RequestKey key) {
        return jdbc.sql("""
                        SELECT created_id FROM idempotency_key
                        WHERE caller_scope = :scope AND idempotency_key = :key AND request_path = :operation AND created_id IS NOT NULL""")
                .param("scope", key.scope()).param("key", key.key()).param("operation", key.operation())
                .query(UUID.class).optional().map(OrderId::new);
    }

    @Override
    public Optional<OrderId> bind(RequestKey key, OrderId orderId) {
        int bound = jdbc.sql("""
                        UPDATE idempotency_key SET created_id = :orderId
                        WHERE caller_scope = :scope AND idempotency_key = :key AND request_path = :operation
                          AND (created_id IS NULL OR created_id = :orderId)""")
                .param("orderId", orderId.value())
                .param("scope", key.scope()).param("key", key.key()).param("operation", key.operation())
                .update();
        return bound == 1 ? Optional.empty() : placedBy(key);
    }
}
