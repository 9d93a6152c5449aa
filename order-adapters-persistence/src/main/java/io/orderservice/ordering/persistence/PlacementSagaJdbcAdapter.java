package io.orderservice.ordering.persistence;

import io.orderservice.ordering.application.port.out.PlacementSagas;
import io.orderservice.ordering.domain.saga.PlacementSaga;
import io.orderservice.ordering.domain.saga.PlacementSaga.Compensation;
import io.orderservice.ordering.domain.saga.PlacementSaga.Status;
import io.orderservice.ordering.domain.saga.PlacementSaga.Step;
import io.orderservice.shared.OrderId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Placement sagas in one plain table, written with SQL: a saga is a handful of scalar fields, and the
 * due-work query needs {@code FOR UPDATE SKIP LOCKED}, which is plain SQL's to say. Compensations are
 * stored as a comma-separated list, the next to run first.
 */
@Component
class PlacementSagaJdbcAdapter implements PlacementSagas {

    private static final String COLUMNS = """
            order_id, status, parked_from, step, compensations, attempts, next_attempt_at, payment_retry_until,
            failure_reason, version""";

    private final JdbcClient jdbc;

    PlacementSagaJdbcAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(PlacementSaga saga) {
        jdbc.sql("""
                        INSERT INTO placement_saga (order_id, status, parked_from, step, compensations, attempts,
                          next_attempt_at, payment_retry_until, failure_reason, version)
                        VALUES (:orderId, :status, :parkedFrom, :step, :compensations, :attempts, :nextAttemptAt,
                          :paymentRetryUntil, :failureReason, 0)""")
                .paramSource(parameters(saga)).update();
    }

    @Override
    public void update(PlacementSaga saga) {
        int updated = jdbc.sql("""
                        UPDATE placement_saga SET status = :status, parked_from = :parkedFrom, step = :step,
                          compensations = :compensations, attempts = :attempts, next_attempt_at = :nextAttemptAt,
                          payment_retry_until = :paymentRetryUntil, failure_reason = :failureReason,
                          updated_at = now(), version = version + 1
                        WHERE order_id = :orderId AND version = :version""")
                .paramSource(parameters(saga)).update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("placement saga of order " + saga.orderId() + " was changed concurrently");
        }
    }

    @Override
    public Optional<PlacementSaga> lock(OrderId orderId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM placement_saga WHERE order_id = ? FOR UPDATE")
                .param(orderId.value()).query(PlacementSagaJdbcAdapter::saga).optional();
    }

    @Override
    public List<PlacementSaga> lockDue(Instant now, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM placement_saga
                        WHERE status IN ('RUNNING', 'COMPENSATING', 'AWAITING_PAYMENT_RETRY') AND next_attempt_at <= ?
                        ORDER BY next_attempt_at
                        LIMIT ?
                        FOR UPDATE SKIP LOCKED""")
                .params(Timestamp.from(now), limit).query(PlacementSagaJdbcAdapter::saga).list();
    }

    @Override
    public List<StuckSaga> stuck(Instant now, Duration overdueBy) {
        return jdbc.sql("""
                        SELECT order_id, status, step, attempts, failure_reason, started_at, updated_at FROM placement_saga
                        WHERE status = 'PARKED'
                           OR (status IN ('RUNNING', 'COMPENSATING') AND next_attempt_at < ?)
                        ORDER BY started_at""")
                .param(Timestamp.from(now.minus(overdueBy)))
                .query((row, number) -> new StuckSaga(new OrderId(row.getObject("order_id", UUID.class)),
                        Status.valueOf(row.getString("status")), row.getString("step"), row.getInt("attempts"),
                        row.getString("failure_reason"), row.getTimestamp("started_at").toInstant(),
                        row.getTimestamp("updated_at").toInstant())).list();
    }

    private static MapSqlParameterSource parameters(PlacementSaga saga) {
        return new MapSqlParameterSource()
                .addValue("orderId", saga.orderId().value())
                .addValue("status", saga.status().name())
                .addValue("parkedFrom", saga.parkedFrom() == null ? null : saga.parkedFrom().name())
                .addValue("step", saga.step().map(Enum::name).orElse(null))
                .addValue("compensations", saga.pendingCompensations().stream().map(Enum::name).collect(Collectors.joining(",")))
                .addValue("attempts", saga.attempts())
                .addValue("nextAttemptAt", saga.nextAttemptAt().map(Timestamp::from).orElse(null))
                .addValue("paymentRetryUntil", saga.paymentRetryUntil().map(Timestamp::from).orElse(null))
                .addValue("failureReason", saga.failureReason().orElse(null))
                .addValue("version", saga.version());
    }

    private static PlacementSaga saga(ResultSet row, int number) throws SQLException {
        var compensations = row.getString("compensations");
        return PlacementSaga.reconstitute(new OrderId(row.getObject("order_id", UUID.class)), row.getLong("version"),
                Status.valueOf(row.getString("status")),
                row.getString("parked_from") == null ? null : Status.valueOf(row.getString("parked_from")),
                row.getString("step") == null ? null : Step.valueOf(row.getString("step")),
                compensations.isEmpty() ? List.of() : Arrays.stream(compensations.split(",")).map(Compensation::valueOf).toList(),
                row.getInt("attempts"), instant(row, "next_attempt_at"), instant(row, "payment_retry_until"),
                row.getString("failure_reason"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        var timestamp = row.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
