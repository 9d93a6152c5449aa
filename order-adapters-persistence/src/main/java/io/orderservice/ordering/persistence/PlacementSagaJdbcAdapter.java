package io.orderservice.ordering.persistence;

import io.orderservice.ordering.application.port.out.PlacementSagas;
import io.orderservice.ordering.domain.saga.Checkout;
import io.orderservice.ordering.domain.saga.PlacementSaga.Compensation;
import io.orderservice.ordering.domain.saga.PlacementSaga.Status;
import io.orderservice.ordering.domain.saga.PlacementSaga.Step;
import io.orderservice.ordering.domain.saga.PlacementSaga;
import io.orderservice.shared.OrderId;
import io.orderservice.shared.PaymentMethodType;
import io.orderservice.shared.PaymentProvider;
import io.orderservice.shared.PaymentToken;
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
            order_id, status, parked_from, step, compensations, attempts, dispatched, next_attempt_at,
            payment_retry_until, payment_attempt, payment_method, payment_token, payment_provider, billing_country,
            client_address, failure_reason, version""";

    private static final String DUE_STATUSES = "'RUNNING', 'COMPENSATING', 'AWAITING_PAYMENT_RETRY', 'AWAITING_PAYMENT_ACTION'";

    private final JdbcClient jdbc;

    PlacementSagaJdbcAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(PlacementSaga saga) {
        jdbc.sql("""
                        INSERT INTO placement_saga (order_id, status, parked_from, step, compensations, attempts, dispatched,
                          next_attempt_at, payment_retry_until, payment_attempt, payment_method, payment_token,
                          payment_provider, billing_country, client_address, failure_reason, version)
                        VALUES (:orderId, :status, :parkedFrom, :step, :compensations, :attempts, :dispatched,
                          :nextAttemptAt, :paymentRetryUntil, :paymentAttempt, :paymentMethod, :paymentToken,
                          :paymentProvider, :billingCountry, :clientAddress, :failureReason, 0)""")
                .paramSource(parameters(saga)).update();
    }

    @Override
    public void update(PlacementSaga saga) {
        int updated = jdbc.sql("""
                        UPDATE placement_saga SET status = :status, parked_from = :parkedFrom, step = :step,
                          compensations = :compensations, attempts = :attempts, dispatched = :dispatched,
                          next_attempt_at = :nextAttemptAt, payment_retry_until = :paymentRetryUntil,
                          payment_attempt = :paymentAttempt, payment_method = :paymentMethod, payment_token = :paymentToken,
                          payment_provider = :paymentProvider, failure_reason = :failureReason, updated_at = now(), version = version + 1
                        WHERE order_id = :orderId AND version = :version""")
                .paramSource(parameters(saga)).update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("placement saga of order " + saga.orderId() + " was changed concurrently");
        }
    }

    @Override
    public Optional<PlacementSaga> find(OrderId orderId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM placement_saga WHERE order_id = ?")
                .param(orderId.value()).query(PlacementSagaJdbcAdapter::saga).optional();
    }

    @Override
    public Optional<PlacementSaga> lock(OrderId orderId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM placement_saga WHERE order_id = ? FOR UPDATE")
                .param(orderId.value()).query(PlacementSagaJdbcAdapter::saga).optional();
    }

    @Override
    public List<PlacementSaga> lockDue(Instant now, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM placement_saga WHERE status IN (" + DUE_STATUSES + """
                        ) AND next_attempt_at <= ?
                        ORDER BY next_attempt_at
                        LIMIT ?
                        FOR UPDATE SKIP LOCKED""")
                .params(Timestamp.from(now), limit).query(PlacementSagaJdbcAdapter::saga).list();
    }

    @Override
    public List<StuckSaga> stuck(Instant now, Duration overdueBy) {
        return jdbc.sql("""
                        SELECT order_id, status, step, compensations, attempts, failure_reason, started_at, updated_at,
                          next_attempt_at
                        FROM placement_saga
                        WHERE status = 'PARKED'
                           OR (status IN ('RUNNING', 'COMPENSATING') AND next_attempt_at < ?)
                        ORDER BY started_at""")
                .param(Timestamp.from(now.minus(overdueBy)))
                .query((row, number) -> {
                    var compensations = row.getString("compensations");
                    var work = row.getString("step") != null ? row.getString("step")
                            : compensations.isEmpty() ? null : compensations.split(",")[0];
                    return new StuckSaga(new OrderId(row.getObject("order_id", UUID.class)),
                            Status.valueOf(row.getString("status")), work, row.getInt("attempts"),
                            row.getString("failure_reason"), row.getTimestamp("started_at").toInstant(),
                            row.getTimestamp("updated_at").toInstant(), instant(row, "next_attempt_at"));
                }).list();
    }

    @Override
    public int countParked() {
        return jdbc.sql("SELECT count(*) FROM placement_saga WHERE status = 'PARKED'").query(Integer.class).single();
    }

    private static MapSqlParameterSource parameters(PlacementSaga saga) {
        var checkout = saga.checkout();
        return new MapSqlParameterSource()
                .addValue("orderId", saga.orderId().value())
                .addValue("status", saga.status().name())
                .addValue("parkedFrom", saga.parkedFrom() == null ? null : saga.parkedFrom().name())
                .addValue("step", saga.step().map(Enum::name).orElse(null))
                .addValue("compensations", saga.pendingCompensations().stream().map(Enum::name).collect(Collectors.joining(",")))
                .addValue("attempts", saga.attempts())
                .addValue("dispatched", saga.isDispatched())
                .addValue("nextAttemptAt", saga.nextAttemptAt().map(Timestamp::from).orElse(null))
                .addValue("paymentRetryUntil", saga.paymentRetryUntil().map(Timestamp::from).orElse(null))
                .addValue("paymentAttempt", saga.paymentAttempt())
                .addValue("paymentMethod", checkout.paymentMethod().name())
                .addValue("paymentToken", checkout.paymentToken().value())
                .addValue("paymentProvider", checkout.paymentProvider() == null ? null : checkout.paymentProvider().name())
                .addValue("billingCountry", checkout.billingCountry())
                .addValue("clientAddress", checkout.clientAddress())
                .addValue("failureReason", saga.failureReason().map(PlacementSagaJdbcAdapter::fitting).orElse(null))
                .addValue("version", saga.version());
    }

    /** Reasons come from gateways and operators and may be long; the column keeps the first 500 characters. */
    private static String fitting(String reason) {
        return reason.length() <= 500 ? reason : reason.substring(0, 499) + "…";
    }

    private static PlacementSaga saga(ResultSet row, int number) throws SQLException {
        var compensations = row.getString("compensations");
        var checkout = new Checkout(PaymentMethodType.valueOf(row.getString("payment_method")),
                new PaymentToken(row.getString("payment_token")), PaymentProvider.ofNullable(row.getString("payment_provider")),
                row.getString("billing_country"), row.getString("client_address"));
        return PlacementSaga.reconstitute(new OrderId(row.getObject("order_id", UUID.class)), row.getLong("version"),
                checkout, Status.valueOf(row.getString("status")),
                row.getString("parked_from") == null ? null : Status.valueOf(row.getString("parked_from")),
                row.getString("step") == null ? null : Step.valueOf(row.getString("step")),
                compensations.isEmpty() ? List.of() : Arrays.stream(compensations.split(",")).map(Compensation::valueOf).toList(),
                row.getInt("attempts"), row.getBoolean("dispatched"), instant(row, "next_attempt_at"),
                instant(row, "payment_retry_until"), row.getInt("payment_attempt"), row.getString("failure_reason"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        var timestamp = row.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
