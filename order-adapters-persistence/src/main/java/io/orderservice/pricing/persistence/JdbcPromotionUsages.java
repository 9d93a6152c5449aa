package io.orderservice.pricing.persistence;

import io.orderservice.pricing.application.port.out.PromotionUsages;
import io.orderservice.pricing.domain.PromotionUseCount;
import io.orderservice.shared.CustomerId;
import io.orderservice.shared.OrderId;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Uses of a limited promotion are counted on the promotion's row: the conditional increment is the atomic guard of the
 * total and takes the row's lock, so counts of one promotion are serialised until their transactions end, and the
 * per-customer count that follows sees every use committed before it. A promotion without limits is not counted there
 * (its row is not locked, so orders getting it never wait for each other); its uses are the usage rows. The decision is
 * the domain's ({@link PromotionUseCount}); a use it refuses is given back in the same transaction. One usage row per
 * promotion and order makes a repeated claim harmless.
 */
@Component
class JdbcPromotionUsages implements PromotionUsages {

    private final JdbcClient jdbc;

    JdbcPromotionUsages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public PromotionUseCount count(String promotionId, CustomerId customerId, OrderId orderId) {
        var held = jdbc.sql("""
                        SELECT count(*) FROM promotion_usage
                        WHERE promotion_id = ? AND order_id = ? AND released_at IS NULL""")
                .params(promotionId, orderId.value()).query(Integer.class).single();
        if (held > 0) {
            return PromotionUseCount.alreadyHeld();
        }
        // The guard of the total: takes a use only while one is left, and locks the row of a limited promotion.
        var perCustomer = jdbc.sql("""
                        UPDATE promotion SET uses = uses + 1
                        WHERE id = ? AND (max_uses IS NOT NULL OR max_uses_per_customer IS NOT NULL)
                          AND (max_uses IS NULL OR uses < max_uses)
                        RETURNING max_uses_per_customer""")
                .param(promotionId).query((row, number) -> Optional.ofNullable((Integer) row.getObject(1))).optional();
        if (perCustomer.isEmpty()) {
            var unlimited = jdbc.sql("SELECT max_uses IS NULL AND max_uses_per_customer IS NULL FROM promotion WHERE id = ?")
                    .param(promotionId).query(Boolean.class).optional();
            return new PromotionUseCount(false, unlimited.isPresent(), unlimited.isPresent() && !unlimited.get(),
                    unlimited.orElse(false), null, 0);
        }
        var maxPerCustomer = perCustomer.get().orElse(null);
        int used = maxPerCustomer == null ? 0 : jdbc.sql("""
                        SELECT count(*) FROM promotion_usage
                        WHERE promotion_id = ? AND customer_id = ? AND released_at IS NULL""")
                .params(promotionId, customerId.value()).query(Integer.class).single();
        return new PromotionUseCount(false, true, true, true, maxPerCustomer, used);
    }

    @Override
    public void record(String promotionId, CustomerId customerId, OrderId orderId, Instant at) {
        jdbc.sql("""
                        INSERT INTO promotion_usage (promotion_id, order_id, customer_id, used_at) VALUES (?, ?, ?, ?)
                        ON CONFLICT (promotion_id, order_id) DO UPDATE SET released_at = NULL, used_at = excluded.used_at""")
                .params(promotionId, orderId.value(), customerId.value(), Timestamp.from(at)).update();
    }

    @Override
    public void giveBack(String promotionId) {
        jdbc.sql("UPDATE promotion SET uses = uses - 1 WHERE id = ?").param(promotionId).update();
    }

    @Override
    public int release(OrderId orderId, Instant at) {
        return jdbc.sql("""
                        WITH released AS (
                            UPDATE promotion_usage SET released_at = ?
                            WHERE order_id = ? AND released_at IS NULL
                            RETURNING promotion_id
                        ), given_back AS (
                            UPDATE promotion p SET uses = greatest(p.uses - r.count, 0)
                            FROM (SELECT promotion_id, count(*) AS count FROM released GROUP BY promotion_id) r
                            WHERE p.id = r.promotion_id AND (p.max_uses IS NOT NULL OR p.max_uses_per_customer IS NOT NULL)
                            RETURNING p.id
                        )
                        SELECT count(*) FROM released""")
                .params(Timestamp.from(at), orderId.value()).query(Integer.class).single();
    }
}
