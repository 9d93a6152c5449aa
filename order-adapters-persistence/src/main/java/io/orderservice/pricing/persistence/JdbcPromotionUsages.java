package io.orderservice.pricing.persistence;

import io.orderservice.pricing.application.port.out.PromotionUsages;
import io.orderservice.pricing.domain.PromotionUseCount;
import io.orderservice.shared.CustomerId;
import io.orderservice.shared.OrderId;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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

    /**
     * Counts one use more of each of an order's promotions: the uses it holds already, the guard of the total (takes a use
     * only while one is left, and locks the row of a limited promotion) and what is known of each. The benchmark's
     * database ceiling runs it too (DatabaseCeilingTest).
     */
    static final String COUNT_USES = """
                        WITH wanted AS (
                            SELECT id, position FROM unnest(?::varchar[]) WITH ORDINALITY AS w(id, position)
                        ), held AS (
                            SELECT promotion_id AS id FROM promotion_usage
                            WHERE order_id = ? AND promotion_id = ANY(?::varchar[]) AND released_at IS NULL
                        ), taken AS (
                            UPDATE promotion p SET uses = p.uses + 1
                            WHERE p.id = ANY(?::varchar[]) AND p.id NOT IN (SELECT id FROM held)
                              AND (p.max_uses IS NOT NULL OR p.max_uses_per_customer IS NOT NULL)
                              AND (p.max_uses IS NULL OR p.uses < p.max_uses)
                            RETURNING p.id, p.max_uses_per_customer
                        )
                        SELECT h.id IS NOT NULL AS held, p.id IS NOT NULL AS known,
                               coalesce(p.max_uses IS NOT NULL OR p.max_uses_per_customer IS NOT NULL, false) AS counted,
                               t.id IS NOT NULL AS took, t.max_uses_per_customer
                        FROM wanted w LEFT JOIN held h ON h.id = w.id LEFT JOIN promotion p ON p.id = w.id
                          LEFT JOIN taken t ON t.id = w.id
                        ORDER BY w.position""";

    /** Records an order's uses of its promotions (the benchmark's database ceiling runs it too). */
    static final String RECORD_USES = """
                        INSERT INTO promotion_usage (promotion_id, order_id, customer_id, used_at)
                        SELECT id, ?, ?, ? FROM unnest(?::varchar[]) AS u(id)
                        ON CONFLICT (promotion_id, order_id) DO UPDATE SET released_at = NULL, used_at = excluded.used_at""";

    private final JdbcClient jdbc;

    JdbcPromotionUsages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<PromotionUseCount> count(List<String> promotionIds, CustomerId customerId, OrderId orderId) {
        var ids = promotionIds.toArray(String[]::new);
        var counted = jdbc.sql(COUNT_USES)
                .params(ids, orderId.value(), ids, ids)
                .query((row, number) -> new Counted(row.getBoolean("held"), row.getBoolean("known"), row.getBoolean("counted"),
                        row.getBoolean("took"), (Integer) row.getObject("max_uses_per_customer")))
                .list();
        // The customer's own uses, counted after the guard took the promotion's lock (a statement of its own, so that it
        // sees every use committed while it waited), and only for promotions that limit them.
        var limitedPerCustomer = new ArrayList<String>();
        for (int i = 0; i < ids.length; i++) {
            if (counted.get(i).maxPerCustomer() != null) {
                limitedPerCustomer.add(ids[i]);
            }
        }
        var customerUses = new HashMap<String, Integer>();
        if (!limitedPerCustomer.isEmpty()) {
            jdbc.sql("""
                            SELECT promotion_id, count(*) AS uses FROM promotion_usage
                            WHERE promotion_id = ANY(?::varchar[]) AND customer_id = ? AND released_at IS NULL
                            GROUP BY promotion_id""")
                    .params(limitedPerCustomer.toArray(String[]::new), customerId.value())
                    .query(row -> {
                        customerUses.put(row.getString("promotion_id"), row.getInt("uses"));
                    });
        }
        var counts = new ArrayList<PromotionUseCount>();
        for (int i = 0; i < ids.length; i++) {
            var row = counted.get(i);
            counts.add(row.held() ? PromotionUseCount.alreadyHeld()
                    : new PromotionUseCount(false, row.known(), row.counted(), !row.counted() || row.took(),
                    row.maxPerCustomer(), customerUses.getOrDefault(ids[i], 0)));
        }
        return counts;
    }

    /** One promotion's row of the counting statement. */
    private record Counted(boolean held, boolean known, boolean counted, boolean took, Integer maxPerCustomer) {
    }

    @Override
    public void record(List<String> promotionIds, CustomerId customerId, OrderId orderId, Instant at) {
        jdbc.sql(RECORD_USES)
                .params(orderId.value(), customerId.value(), Timestamp.from(at), promotionIds.toArray(String[]::new)).update();
    }

    @Override
    public void giveBack(List<String> promotionIds) {
        if (!promotionIds.isEmpty()) {
            jdbc.sql("UPDATE promotion SET uses = uses - 1 WHERE id = ANY(?::varchar[])")
                    .param(promotionIds.toArray(String[]::new)).update();
        }
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
