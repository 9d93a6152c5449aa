package io.orderservice.benchmark;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the database alone can do: the statements of one placement's transaction, as the service
 * sends them (the one-statement stock reservation, the payment and its authorisation, order, lines,
 * history, the outbox row), straight over JDBC from {@code concurrency} connections. No HTTP, no ORM,
 * no JSON. Keep it in step with what a placement writes (docs/performance.md).
 */
final class DatabaseCeiling {

    static final String LISTENER = "benchmark.ceiling.listener";

    private static final String OUTBOX_EVENT = "{\"orderId\":\"%s\",\"customerId\":\"bench\",\"status\":\"AWAITING_PAYMENT\","
            + "\"grandTotal\":{\"amountMinor\":6492,\"currency\":\"EUR\"},\"lines\":[{\"sku\":{\"value\":\"BENCH-0001\"},"
            + "\"quantity\":{\"value\":1},\"lineTotal\":{\"amountMinor\":1999,\"currency\":\"EUR\"}}],\"occurredAt\":\"%s\"}";

    /** JdbcStockLedger's lock of the stock rows, verbatim but for positional parameters: skus. */
    static final String LOCK_STOCK = """
            SELECT s.warehouse_code, s.sku, s.on_hand - s.reserved AS available, l.kind, l.latitude, l.longitude
            FROM stock_level s JOIN stock_location l ON l.code = s.warehouse_code AND l.active
            WHERE s.sku = ANY(?::varchar[])
            ORDER BY s.sku, s.warehouse_code
            FOR UPDATE OF s""";

    /** JdbcStockLedger's hold, verbatim but for positional parameters: locations, skus, quantities, order id, status. */
    static final String HOLD = """
            WITH held AS (
                SELECT * FROM unnest(?::varchar[], ?::varchar[], ?::int[]) AS h(location, sku, quantity)
            ), shelved AS (
                UPDATE stock_level s SET reserved = s.reserved + h.quantity
                FROM held h
                WHERE s.warehouse_code = h.location AND s.sku = h.sku
                RETURNING s.sku
            )
            INSERT INTO stock_reservation (order_id, sku, warehouse_code, quantity, status)
            SELECT ?, h.sku, h.location, h.quantity, ? FROM held h
            ON CONFLICT (order_id, sku, warehouse_code) DO UPDATE SET quantity = excluded.quantity, status = excluded.status,
                committed = 0""";

    private final Database database;

    DatabaseCeiling(Database database) {
        this.database = database;
    }

    /** Transactions per second at the given concurrency. */
    double transactionsPerSecond(int concurrency, Duration duration) throws InterruptedException {
        var committed = new AtomicLong();
        var failures = new AtomicLong();
        double seconds = TimedRun.of(concurrency, duration, () -> deadline -> {
            try (var connection = database.connect()) {
                while (System.nanoTime() < deadline) {
                    try {
                        placeOneOrder(connection);
                        committed.incrementAndGet();
                    } catch (SQLException e) {
                        connection.rollback();
                        failures.incrementAndGet();
                    }
                }
            }
        });
        removeOutboxRows();
        if (failures.get() > committed.get() / 100) {
            throw new IllegalStateException(failures.get() + " ceiling transactions failed");
        }
        return committed.get() / seconds;
    }

    /**
     * The ceiling's outbox rows name no real event type or listener: left behind, the service's
     * maintenance job would quarantine them and the outbox drain measurement would wait for them.
     */
    private void removeOutboxRows() {
        try (var connection = database.connect(); var statement = connection.prepareStatement(
                "DELETE FROM event_publication WHERE listener_id = ?")) {
            statement.setString(1, LISTENER);
            statement.executeUpdate();
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void placeOneOrder(Connection connection) throws SQLException {
        var orderId = UUID.randomUUID();
        var now = Timestamp.from(Instant.now());
        var lines = Workload.randomLines();
        Arrays.sort(lines, Comparator.comparingInt(line -> line[0]));
        var skus = new ArrayList<String>();
        for (var line : lines) {
            skus.add(Workload.sku(line[0]));
        }
        // The service's reservation: lock the stock rows (JdbcStockLedger.LOCK_STOCK), then hold (HOLD): two round trips.
        var quantities = new Integer[lines.length];
        for (int i = 0; i < lines.length; i++) {
            quantities[i] = lines[i][1];
        }
        try (var lock = connection.prepareStatement(LOCK_STOCK)) {
            lock.setArray(1, connection.createArrayOf("varchar", skus.toArray()));
            try (var rows = lock.executeQuery()) {
                while (rows.next()) {
                    rows.getInt(3);
                }
            }
        }
        try (var hold = connection.prepareStatement(HOLD)) {
            var locations = new String[lines.length];
            Arrays.fill(locations, "MAIN");
            hold.setArray(1, connection.createArrayOf("varchar", locations));
            hold.setArray(2, connection.createArrayOf("varchar", skus.toArray()));
            hold.setArray(3, connection.createArrayOf("int4", quantities));
            hold.setObject(4, orderId);
            hold.setString(5, "HELD");
            hold.executeUpdate();
        }
        long total = 495;
        for (var line : lines) {
            total += line[1] * Workload.UNIT_PRICE_CENTS;
        }
        recordAuthorisedPayment(connection, orderId, total, now);
        long subtotal = 0;
        for (var line : lines) {
            subtotal += line[1] * Workload.UNIT_PRICE_CENTS;
        }
        try (var order = connection.prepareStatement("""
                INSERT INTO orders (id, customer_id, status, currency, subtotal_minor, discount_minor, tax_minor,
                  shipping_minor, grand_total_minor, ship_to_recipient, ship_to_line1, ship_to_line2, ship_to_city,
                  ship_to_region, ship_to_postal_code, ship_to_country, payment_reference, placed_at, updated_at, version)
                VALUES (?, ?, 'PAID', 'EUR', ?, 0, 0, 495, ?, 'Ada Lovelace', '12 Analytical Way', NULL, 'London', NULL,
                  'N1 9GU', 'GB', ?, ?, ?, 0)""")) {
            order.setObject(1, orderId);
            order.setString(2, Workload.customer());
            order.setLong(3, subtotal);
            order.setLong(4, subtotal + 495);
            order.setString(5, "sbx_auth_" + UUID.randomUUID());
            order.setTimestamp(6, now);
            order.setTimestamp(7, now);
            order.executeUpdate();
        }
        try (var line = connection.prepareStatement("""
                INSERT INTO order_lines (id, order_id, line_number, sku, name, quantity, unit_price_minor, line_total_minor)
                VALUES (nextval('order_lines_seq'), ?, ?, ?, ?, ?, ?, ?)""");
             var history = connection.prepareStatement("""
                     INSERT INTO order_status_history (id, order_id, position, from_status, to_status, action, reason,
                       actor_kind, actor_id, occurred_at)
                     VALUES (nextval('order_status_history_seq'), ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (int i = 0; i < lines.length; i++) {
                line.setObject(1, orderId);
                line.setInt(2, i + 1);
                line.setString(3, Workload.sku(lines[i][0]));
                line.setString(4, "Benchmark item " + lines[i][0]);
                line.setInt(5, lines[i][1]);
                line.setLong(6, Workload.UNIT_PRICE_CENTS);
                line.setLong(7, lines[i][1] * Workload.UNIT_PRICE_CENTS);
                line.addBatch();
            }
            line.executeBatch();
            addHistory(history, orderId, 0, null, "AWAITING_PAYMENT", null, "placed", "CUSTOMER", now);
            addHistory(history, orderId, 1, "AWAITING_PAYMENT", "PAID", "AUTHORISE_PAYMENT", "payment authorised", "SYSTEM", now);
            history.executeBatch();
        }
        try (var outbox = connection.prepareStatement("""
                INSERT INTO event_publication (id, listener_id, event_type, serialized_event, publication_date, status,
                  completion_attempts)
                VALUES (?, '""" + LISTENER + """
                ', 'benchmark.OrderPlaced', ?, ?, 'PUBLISHED', 0)""")) {
            outbox.setObject(1, UUID.randomUUID());
            outbox.setString(2, OUTBOX_EVENT.formatted(orderId, now.toInstant()));
            outbox.setTimestamp(3, now);
            outbox.executeUpdate();
        }
        connection.commit();
    }

    /** The payment capability's rows: the payment written before the gateway is asked, then its answer. */
    private static void recordAuthorisedPayment(Connection connection, UUID orderId, long amount, Timestamp now)
            throws SQLException {
        var paymentId = UUID.randomUUID();
        try (var payment = connection.prepareStatement("""
                INSERT INTO payment (id, order_id, customer_id, currency, amount_minor, captured_minor, refunded_minor,
                  method_type, token, gateway, status, disputed, created_at, updated_at, version)
                VALUES (?, ?, 'bench', 'EUR', ?, 0, 0, 'CARD', 'tok_approve', 'sandbox', 'PENDING', false, ?, ?, 0)""")) {
            payment.setObject(1, paymentId);
            payment.setObject(2, orderId);
            payment.setLong(3, amount);
            payment.setTimestamp(4, now);
            payment.setTimestamp(5, now);
            payment.executeUpdate();
        }
        try (var authorised = connection.prepareStatement(
                "UPDATE payment SET status = 'AUTHORISED', updated_at = ?, version = 1 WHERE id = ? AND version = 0");
             var transaction = connection.prepareStatement("""
                     INSERT INTO payment_transaction (id, payment_id, position, kind, amount_minor, succeeded,
                       gateway_reference, idempotency_key, occurred_at)
                     VALUES (nextval('payment_transaction_seq'), ?, 0, 'AUTHORISATION', ?, true, ?, ?, ?)""")) {
            authorised.setTimestamp(1, now);
            authorised.setObject(2, paymentId);
            authorised.executeUpdate();
            transaction.setObject(1, paymentId);
            transaction.setLong(2, amount);
            transaction.setString(3, "sbx_auth_" + paymentId);
            transaction.setString(4, paymentId + ":authorisation");
            transaction.setTimestamp(5, now);
            transaction.executeUpdate();
        }
    }

    private static void addHistory(java.sql.PreparedStatement history, UUID orderId, int position, String from, String to,
                                   String action, String reason, String actorKind, Timestamp at) throws SQLException {
        history.setObject(1, orderId);
        history.setInt(2, position);
        history.setString(3, from);
        history.setString(4, to);
        history.setString(5, action);
        history.setString(6, reason);
        history.setString(7, actorKind);
        history.setString(8, actorKind.equals("SYSTEM") ? "order-service" : "bench");
        history.setTimestamp(9, at);
        history.addBatch();
    }
}
