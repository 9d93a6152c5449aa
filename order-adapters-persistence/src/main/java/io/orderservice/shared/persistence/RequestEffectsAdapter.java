package io.orderservice.shared.persistence;

import io.orderservice.shared.RequestKey;
import io.orderservice.shared.application.RequestEffects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Claims on the row the {@code Idempotency-Key} filter wrote for the request ({@code idempotency_key}, column
 * {@code created_id}, as a placement binds its order). The update locks the row until the claiming transaction ends,
 * so two runs of one request claim one after the other and the second finds the first's claim.
 */
@Component
class RequestEffectsAdapter implements RequestEffects {

    private final JdbcClient jdbc;

    RequestEffectsAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean firstTime(RequestKey key) {
        int claimed = jdbc.sql("""
                        UPDATE idempotency_key SET created_id = :effect
                        WHERE caller_scope = :scope AND idempotency_key = :key AND request_path = :operation AND created_id IS NULL""")
                .param("effect", key.derivedId())
                .param("scope", key.scope()).param("key", key.key()).param("operation", key.operation())
                .update();
        if (claimed == 1) {
            return true;
        }
        return jdbc.sql("""
                        SELECT count(*) FROM idempotency_key
                        WHERE caller_scope = :scope AND idempotency_key = :key AND request_path = :operation""")
                .param("scope", key.scope()).param("key", key.key()).param("operation", key.operation())
                .query(Integer.class).single() == 0;
    }
}
