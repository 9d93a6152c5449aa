package io.orderservice.ordering.persistence;

import io.orderservice.ordering.application.port.in.OrderSummary;
import io.orderservice.ordering.application.port.out.OrderSummaries;
import io.orderservice.ordering.domain.OrderStatus;
import io.orderservice.shared.CustomerId;
import io.orderservice.shared.Money;
import io.orderservice.shared.OrderId;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One index range scan on {@code orders_by_customer} (customer, placed_at desc, id) plus a count of
 * lines per order: the cost of a page does not grow with the number of orders stored.
 */
@Component
class OrderSummaryReader implements OrderSummaries {

    private final JdbcClient jdbc;

    OrderSummaryReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<OrderSummary> newestFirst(CustomerId customerId, int limit) {
        return jdbc.sql("""
                        SELECT o.id, o.customer_id, o.status, o.currency, o.grand_total_minor, o.placed_at,
                               (SELECT count(*) FROM order_lines l WHERE l.order_id = o.id) AS line_count
                        FROM orders o
                        WHERE o.customer_id = :customerId
                        ORDER BY o.placed_at DESC, o.id DESC
                        LIMIT :limit""")
                .param("customerId", customerId.value())
                .param("limit", limit)
                .query((row, number) -> new OrderSummary(new OrderId(row.getObject("id", UUID.class)),
                        new CustomerId(row.getString("customer_id")), OrderStatus.valueOf(row.getString("status")),
                        new Money(row.getLong("grand_total_minor"), Currency.getInstance(row.getString("currency"))),
                        row.getInt("line_count"), row.getTimestamp("placed_at").toInstant()))
                .list();
    }

    @Override
    public List<OrderId> paymentFailedBefore(Instant cutoff, int limit) {
        // updated_at is the time of the order's last status change: for a PAYMENT_FAILED order, its failure.
        return jdbc.sql("""
                        SELECT id FROM orders WHERE status = 'PAYMENT_FAILED' AND updated_at < ?
                        ORDER BY updated_at LIMIT ?
                        FOR UPDATE SKIP LOCKED""")
                .params(Timestamp.from(cutoff), limit)
                .query((row, number) -> new OrderId(row.getObject("id", UUID.class))).list();
    }
}
