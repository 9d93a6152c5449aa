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
 * configured not to honour keys, or a key the service makes itself) gets a row of its own when it is bound.
 */
@Component
class PlacementRequestsJdbcAdapter implements PlacementRequests {

    /** The fingerprint of a row no filter claimed: no body's SHA-256 is written this way. */
    private static final String UNCLAIMED = "-".repeat(64);

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

    /**
     * Binds the key to the order: on the filter's row if it claimed one, else on a row of its own (a key the service
     * made itself, such as a cart checkout's attempt, which no client sends and the filter never reads: its
     * fingerprint matches no body). Two runs of one request insert or update the same row one after the other.
     */
    @Override
    public Optional<OrderId> bind(RequestKey key, OrderId orderId) {
        int bound = jdbc.sql("""
                        INSERT INTO idempotency_key (caller_scope, idempotency_key, request_path, fingerprint, expires_at, created_id)
                        VALUES (:scope, :key, :operation, :unclaimed, now() + interval '1 day', :orderId)
                        ON CONFLICT (caller_scope, idempotency_key, request_path) DO UPDATE SET created_id = :orderId
                        WHERE idempotency_key.created_id IS NULL OR idempotency_key.created_id = :orderId""")
                .param("orderId", orderId.value()).param("unclaimed", UNCLAIMED)
                .param("scope", key.scope()).param("key", key.key()).param("operation", key.operation())
                .update();
        return bound == 1 ? Optional.empty() : placedBy(key);
    }
}
