package io.orderservice.ordering.persistence;

import io.orderservice.ordering.application.port.in.ListFailedRefundsQuery.FailedRefund;
import io.orderservice.ordering.application.port.out.FailedRefunds;
import io.orderservice.shared.Money;
import io.orderservice.shared.OrderId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads the failed refunds nobody retried straight from {@code order_refund}, by its partial index. */
@Component
class FailedRefundsJdbcAdapter implements FailedRefunds {

    private final NamedParameterJdbcTemplate jdbc;

    FailedRefundsJdbcAdapter(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<FailedRefund> oldestFirst(int limit) {
        return jdbc.query("""
                        SELECT r.order_id, r.id, r.reason_code, r.amount_minor, o.currency, r.reference, r.failure,
                               r.requested_at, r.settled_at
                        FROM order_refund r JOIN orders o ON o.id = r.order_id
                        WHERE r.status = 'FAILED' AND r.retried_as IS NULL AND r.kind = 'REFUND'
                        ORDER BY r.settled_at, r.id
                        LIMIT :limit""", Map.of("limit", limit),
                (row, number) -> new FailedRefund(new OrderId(row.getObject("order_id", UUID.class)),
                        row.getObject("id", UUID.class), row.getString("reason_code"),
                        Money.of(row.getLong("amount_minor"), row.getString("currency")), row.getString("reference"),
                        row.getString("failure"), row.getTimestamp("requested_at").toInstant(),
                        row.getTimestamp("settled_at").toInstant()));
    }
}
