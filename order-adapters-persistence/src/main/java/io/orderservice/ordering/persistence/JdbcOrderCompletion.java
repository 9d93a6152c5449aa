package io.orderservice.ordering.persistence;

import io.orderservice.ordering.application.port.in.RateOrderUseCase.Rated;
import io.orderservice.ordering.application.port.out.DeliveredOrders;
import io.orderservice.ordering.application.port.out.OrderSatisfactions;
import io.orderservice.ordering.domain.SatisfactionRating;
import io.orderservice.shared.OrderId;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** What completing orders reads (when each was delivered) and what customers say about them. */
@Component
class JdbcOrderCompletion implements DeliveredOrders, OrderSatisfactions {

    private final NamedParameterJdbcTemplate jdbc;

    JdbcOrderCompletion(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<OrderId> deliveredBefore(Instant cutoff, int limit) {
        return jdbc.query("""
                        SELECT o.id FROM orders o
                        JOIN order_status_history h ON h.order_id = o.id AND h.action = 'DELIVER'
                        WHERE o.status IN ('DELIVERED', 'PARTIALLY_RETURNED') AND h.occurred_at < :cutoff
                        ORDER BY h.occurred_at
                        LIMIT :limit""",
                new MapSqlParameterSource("cutoff", Timestamp.from(cutoff)).addValue("limit", limit),
                (row, number) -> new OrderId(row.getObject("id", UUID.class)));
    }

    @Override
    public void save(OrderId orderId, Rated rated) {
        jdbc.update("""
                        INSERT INTO order_satisfaction (order_id, stars, comment, rated_at) VALUES (:orderId, :stars, :comment, :ratedAt)
                        ON CONFLICT (order_id) DO UPDATE SET stars = excluded.stars, comment = excluded.comment,
                            rated_at = excluded.rated_at""",
                new MapSqlParameterSource("orderId", orderId.value()).addValue("stars", rated.rating().stars())
                        .addValue("comment", rated.rating().comment()).addValue("ratedAt", Timestamp.from(rated.ratedAt())));
    }

    @Override
    public Optional<Rated> find(OrderId orderId) {
        return jdbc.query("SELECT stars, comment, rated_at FROM order_satisfaction WHERE order_id = :orderId",
                Map.of("orderId", orderId.value()), (row, number) -> new Rated(new SatisfactionRating(row.getInt("stars"),
                        row.getString("comment")), row.getTimestamp("rated_at").toInstant())).stream().findFirst();
    }
}
