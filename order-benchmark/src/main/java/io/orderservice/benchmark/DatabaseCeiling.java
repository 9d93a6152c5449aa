package io.orderservice.benchmark;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the database alone can do: one placement's two transactions as the service runs them (ADR 0031), with the
 * statements it sends (the risk facts, the promotion claims, the stock reservation, the payment's intent, the order
 * with its lines and history in one statement, the saga; then the saga and the payment read again and changed, the
 * order changed in one statement, and the confirmation with the fulfilment plan's read) and the same two commits, straight over JDBC from {@code concurrency} connections.
 * No HTTP, no ORM, no JSON. Keep it in step with what a placement sends (HotPathBudgetsIT counts it; DatabaseCeilingTest
 * compares the statements the adapters name).
 */
final class DatabaseCeiling {

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

    /** JdbcRiskHistory's facts, verbatim but for positional parameters (19, in the order they appear). */
    static final String RISK_FACTS = """
            SELECT
              (SELECT count(*) FROM (SELECT 1 FROM orders WHERE customer_id = ? AND placed_at >= ?
                 AND id <> ? LIMIT ?) c) AS by_customer,
              (SELECT count(*) FROM (SELECT 1 FROM payment WHERE token = ? AND created_at >= ?
                 AND order_id <> ? LIMIT ?) t) AS by_token,
              (SELECT count(*) FROM (SELECT 1 FROM placement_saga WHERE client_address = ?
                 AND started_at >= ? AND order_id <> ? LIMIT ?) a) AS by_client,
              (SELECT count(*) FROM (SELECT 1 FROM orders WHERE customer_id = ? AND id <> ?
                 LIMIT ?) p) AS previous,
              (SELECT avg(grand_total_minor) FROM (SELECT grand_total_minor FROM orders
                 WHERE customer_id = ? AND currency = ? AND id <> ?
                 ORDER BY placed_at DESC LIMIT ?) h) AS average""";

    /** JdbcPromotionUsages' count of an order's promotion uses, verbatim: ids, order id, ids, ids. */
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

    /** JdbcPromotionUsages' record of the uses, verbatim: order id, customer, instant, ids. */
    static final String RECORD_USES = """
            INSERT INTO promotion_usage (promotion_id, order_id, customer_id, used_at)
            SELECT id, ?, ?, ? FROM unnest(?::varchar[]) AS u(id)
            ON CONFLICT (promotion_id, order_id) DO UPDATE SET released_at = NULL, used_at = excluded.used_at""";

    /** JdbcStockLedger's confirmation with the fulfilment plan's read, verbatim but for positional parameters: order id four times. */
    static final String ALLOCATE_HELD = """
            WITH queued AS (
                UPDATE stock_backorder SET status = 'WAITING' WHERE order_id = ? AND status = 'HELD' RETURNING id
            ), allocated AS (
                UPDATE stock_reservation SET status = 'ALLOCATED' WHERE order_id = ? AND status = 'HELD' RETURNING sku
            ), counted AS (
                SELECT (SELECT count(*) FROM queued) + (SELECT count(*) FROM allocated) AS allocated_now
            )
            SELECT c.allocated_now, o.* FROM counted c LEFT JOIN (
                SELECT 'RESERVATION' AS row_kind, r.warehouse_code, l.kind, l.latitude, l.longitude, r.sku, r.quantity,
                       r.committed, NULL::bigint AS id, NULL::int AS filled, NULL::timestamptz AS created_at
                FROM stock_reservation r JOIN stock_location l ON l.code = r.warehouse_code
                WHERE r.order_id = ? AND r.status NOT IN ('RELEASED', 'EXPIRED')
                UNION ALL
                SELECT 'BACKORDER', NULL, NULL, NULL, NULL, b.sku, b.quantity, NULL, b.id, b.filled, b.created_at
                FROM stock_backorder b
                WHERE b.order_id = ? AND b.status IN ('HELD', 'WAITING', 'FILLED')
            ) o ON c.allocated_now > 0
            ORDER BY o.row_kind DESC, o.id, o.warehouse_code, o.sku""";

    /** OrderPersistenceAdapter's insert of a new order with its lines and history, verbatim. */
    static final String INSERT_NEW_ORDER = """
            WITH attributed AS (
                SELECT set_config('order_service.actor', ?, true) AS actor, set_config('order_service.reason', ?, true) AS reason
            ), placed AS (
                INSERT INTO orders (id, customer_id, currency, status, subtotal_minor, discount_minor, tax_minor,
                                    shipping_minor, grand_total_minor, tax_included, tax_relief_minor, shipping_carrier,
                                    shipping_service, delivery_earliest, delivery_latest, price_details, ship_to_recipient,
                                    ship_to_line1, ship_to_line2, ship_to_city, ship_to_region, ship_to_postal_code,
                                    ship_to_country, delivery_instructions, requested_delivery_date, payment_reference,
                                    captured_minor, refunded_minor, payment_disputed, credit_minor, credit_return_id,
                                    credit_order_id, awaiting_return, placed_at, updated_at, version)
                SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                       ?, ?, 0
                FROM attributed
                RETURNING id
            ), lines AS (
                INSERT INTO order_lines (id, order_id, line_number, sku, name, quantity, unit_price_minor, line_total_minor,
                                         shipped_quantity)
                SELECT nextval('order_lines_seq'), placed.id, l.line_number, l.sku, l.name, l.quantity, l.unit_price_minor,
                       l.line_total_minor, l.shipped_quantity
                FROM placed, unnest(?::int[], ?::varchar[], ?::varchar[], ?::int[], ?::bigint[], ?::bigint[], ?::int[])
                    AS l(line_number, sku, name, quantity, unit_price_minor, line_total_minor, shipped_quantity)
            )
            INSERT INTO order_status_history (id, order_id, position, from_status, to_status, action, reason, actor_kind,
                                              actor_id, occurred_at)
            SELECT nextval('order_status_history_seq'), placed.id, h.position, h.from_status, h.to_status, h.action, h.reason,
                   h.actor_kind, h.actor_id, h.occurred_at::timestamptz
            FROM placed, unnest(?::int[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[],
                                ?::varchar[])
                AS h(position, from_status, to_status, action, reason, actor_kind, actor_id, occurred_at)""";

    /** OrderPersistenceAdapter's change of an order's own fields and history, verbatim. */
    static final String UPDATE_ORDER = """
            WITH attributed AS (
                SELECT set_config('order_service.actor', ?, true) AS actor, set_config('order_service.reason', ?, true) AS reason
            ), changed AS (
                UPDATE orders SET status = ?, subtotal_minor = ?, discount_minor = ?, tax_minor = ?, shipping_minor = ?,
                                  grand_total_minor = ?, tax_included = ?, tax_relief_minor = ?, shipping_carrier = ?,
                                  shipping_service = ?, delivery_earliest = ?, delivery_latest = ?, ship_to_recipient = ?,
                                  ship_to_line1 = ?, ship_to_line2 = ?, ship_to_city = ?, ship_to_region = ?,
                                  ship_to_postal_code = ?, ship_to_country = ?, delivery_instructions = ?,
                                  requested_delivery_date = ?, payment_reference = ?, captured_minor = ?, refunded_minor = ?,
                                  payment_disputed = ?, awaiting_return = ?, updated_at = ?, version = version + 1
                FROM attributed
                WHERE id = ? AND version = ?
                RETURNING id
            ), added AS (
                INSERT INTO order_status_history (id, order_id, position, from_status, to_status, action, reason, actor_kind,
                                                  actor_id, occurred_at)
                SELECT nextval('order_status_history_seq'), changed.id, h.position, h.from_status, h.to_status, h.action,
                       h.reason, h.actor_kind, h.actor_id, h.occurred_at::timestamptz
                FROM changed, unnest(?::int[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[],
                                     ?::varchar[], ?::varchar[])
                    AS h(position, from_status, to_status, action, reason, actor_kind, actor_id, occurred_at)
            )
            SELECT count(*) FROM changed""";

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
        if (failures.get() > committed.get() / 100) {
            throw new IllegalStateException(failures.get() + " ceiling transactions failed");
        }
        return committed.get() / seconds;
    }

    /**
     * One placement as the service runs it (ADR 0031): the request's transaction, then the second one after the gateway
     * answered, with the statements each sends (`HotPathBudgetsIT` counts the service's: 28, lines as a batch of three).
     */
    private static void placeOneOrder(Connection connection) throws SQLException {
        var orderId = UUID.randomUUID();
        var now = Timestamp.from(Instant.now());
        var lines = Workload.randomLines();
        Arrays.sort(lines, Comparator.comparingInt(line -> line[0]));
        var skus = new ArrayList<String>();
        var quantities = new Integer[lines.length];
        long subtotal = 0;
        for (int i = 0; i < lines.length; i++) {
            skus.add(Workload.sku(lines[i][0]));
            quantities[i] = lines[i][1];
            subtotal += lines[i][1] * Workload.UNIT_PRICE_CENTS;
        }
        var customer = Workload.customer();
        var paymentId = UUID.randomUUID();
        firstCommit(connection, orderId, paymentId, customer, skus, quantities, lines, subtotal, now);
        secondCommit(connection, orderId, paymentId, subtotal, now);
    }

    private static void firstCommit(Connection connection, UUID orderId, UUID paymentId, String customer, List<String> skus,
                                    Integer[] quantities, int[][] lines, long subtotal, Timestamp now) throws SQLException {
        // Fraud screening's facts (the service asks before its transaction).
        try (var facts = connection.prepareStatement(RISK_FACTS)) {
            var since = Timestamp.from(now.toInstant().minusSeconds(3_600));
            Object[] values = {customer, since, orderId, 11, "tok_approve", since, orderId, 11, "127.0.0.1", since, orderId, 11,
                customer, orderId, 100, customer, "EUR", orderId, 100};
            for (int i = 0; i < values.length; i++) {
                facts.setObject(i + 1, values[i]);
            }
            facts.executeQuery().close();
        }
        // The automatic promotion the benchmark's orders get (free shipping from 50.00 EUR): counted, then its use recorded.
        var promotions = connection.createArrayOf("varchar", new String[] {"free-shipping-eur-50"});
        try (var count = connection.prepareStatement(COUNT_USES)) {
            count.setArray(1, promotions);
            count.setObject(2, orderId);
            count.setArray(3, promotions);
            count.setArray(4, promotions);
            count.executeQuery().close();
        }
        try (var record = connection.prepareStatement(RECORD_USES)) {
            record.setObject(1, orderId);
            record.setString(2, customer);
            record.setTimestamp(3, now);
            record.setArray(4, promotions);
            record.executeUpdate();
        }
        try (var lock = connection.prepareStatement(LOCK_STOCK)) {
            lock.setArray(1, connection.createArrayOf("varchar", skus.toArray()));
            lock.executeQuery().close();
        }
        try (var hold = connection.prepareStatement(HOLD)) {
            var locations = new String[skus.size()];
            Arrays.fill(locations, "MAIN");
            hold.setArray(1, connection.createArrayOf("varchar", locations));
            hold.setArray(2, connection.createArrayOf("varchar", skus.toArray()));
            hold.setArray(3, connection.createArrayOf("int4", quantities));
            hold.setObject(4, orderId);
            hold.setString(5, "HELD");
            hold.executeUpdate();
        }
        try (var payment = connection.prepareStatement("""
                INSERT INTO payment (id, order_id, customer_id, currency, amount_minor, captured_minor, refunded_minor,
                  method_type, token, gateway, status, disputed, created_at, updated_at, version)
                VALUES (?, ?, ?, 'EUR', ?, 0, 0, 'CARD', 'tok_approve', 'sandbox', 'PENDING', false, ?, ?, 0)""")) {
            payment.setObject(1, paymentId);
            payment.setObject(2, orderId);
            payment.setString(3, customer);
            payment.setLong(4, subtotal);
            payment.setTimestamp(5, now);
            payment.setTimestamp(6, now);
            payment.executeUpdate();
        }
        try (var order = connection.prepareStatement(INSERT_NEW_ORDER)) {
            var placedAt = now.toInstant().toString();
            Object[] values = {"CUSTOMER:" + customer, "placed",
                orderId, customer, "EUR", "AWAITING_PAYMENT", subtotal, 0L, 0L, 0L, subtotal, false, 0L, null, null,
                null, null, null, "Ada Lovelace", "12 Analytical Way", null, "London", null, "N1 9GU", "GB", null, null,
                null, 0L, 0L, false, null, null, null, false, now, now};
            for (int i = 0; i < values.length; i++) {
                order.setObject(i + 1, values[i]);
            }
            int next = values.length + 1;
            var numbers = new Integer[lines.length];
            var lineSkus = new String[lines.length];
            var names = new String[lines.length];
            var lineQuantities = new Integer[lines.length];
            var prices = new Long[lines.length];
            var totals = new Long[lines.length];
            var shipped = new Integer[lines.length];
            for (int i = 0; i < lines.length; i++) {
                numbers[i] = i + 1;
                lineSkus[i] = Workload.sku(lines[i][0]);
                names[i] = "Benchmark item " + lines[i][0];
                lineQuantities[i] = lines[i][1];
                prices[i] = (long) Workload.UNIT_PRICE_CENTS;
                totals[i] = (long) lines[i][1] * Workload.UNIT_PRICE_CENTS;
                shipped[i] = 0;
            }
            order.setArray(next++, connection.createArrayOf("int4", numbers));
            order.setArray(next++, connection.createArrayOf("varchar", lineSkus));
            order.setArray(next++, connection.createArrayOf("varchar", names));
            order.setArray(next++, connection.createArrayOf("int4", lineQuantities));
            order.setArray(next++, connection.createArrayOf("int8", prices));
            order.setArray(next++, connection.createArrayOf("int8", totals));
            order.setArray(next++, connection.createArrayOf("int4", shipped));
            order.setArray(next++, connection.createArrayOf("int4", new Integer[] {0}));
            order.setArray(next++, connection.createArrayOf("varchar", new String[] {null}));
            order.setArray(next++, connection.createArrayOf("varchar", new String[] {"AWAITING_PAYMENT"}));
            order.setArray(next++, connection.createArrayOf("varchar", new String[] {null}));
            order.setArray(next++, connection.createArrayOf("varchar", new String[] {"placed"}));
            order.setArray(next++, connection.createArrayOf("varchar", new String[] {"CUSTOMER"}));
            order.setArray(next++, connection.createArrayOf("varchar", new String[] {customer}));
            order.setArray(next, connection.createArrayOf("varchar", new String[] {placedAt}));
            order.executeUpdate();
        }
        try (var saga = connection.prepareStatement("""
                INSERT INTO placement_saga (order_id, status, parked_from, step, compensations, attempts, dispatched,
                  next_attempt_at, payment_retry_until, payment_attempt, payment_method, payment_token,
                  billing_country, client_address, failure_reason, version)
                VALUES (?, 'RUNNING', NULL, 'AUTHORISE_PAYMENT', 'RELEASE_STOCK', 0, true, ?, NULL, 1, 'CARD', 'tok_approve',
                  NULL, '127.0.0.1', NULL, 0)""")) {
            saga.setObject(1, orderId);
            saga.setTimestamp(2, Timestamp.from(now.toInstant().plusSeconds(60)));
            saga.executeUpdate();
        }
        connection.commit();
    }

    private static void secondCommit(Connection connection, UUID orderId, UUID paymentId, long amount, Timestamp now)
            throws SQLException {
        readBy(connection, "SELECT * FROM placement_saga WHERE order_id = ? FOR UPDATE", orderId);
        readBy(connection, "SELECT * FROM payment WHERE id = ? FOR NO KEY UPDATE", paymentId);
        readBy(connection, "SELECT * FROM payment_transaction WHERE payment_id = ? ORDER BY position", paymentId);
        try (var transaction = connection.prepareStatement("""
                     INSERT INTO payment_transaction (id, payment_id, position, kind, amount_minor, succeeded,
                       gateway_reference, idempotency_key, occurred_at)
                     VALUES (nextval('payment_transaction_seq'), ?, 0, 'AUTHORISATION', ?, true, ?, ?, ?)""");
             var authorised = connection.prepareStatement(
                     "UPDATE payment SET status = 'AUTHORISED', updated_at = ?, version = 1 WHERE id = ? AND version = 0")) {
            transaction.setObject(1, paymentId);
            transaction.setLong(2, amount);
            transaction.setString(3, "sbx_auth_" + paymentId);
            transaction.setString(4, paymentId + ":authorisation");
            transaction.setTimestamp(5, now);
            transaction.executeUpdate();
            authorised.setTimestamp(1, now);
            authorised.setObject(2, paymentId);
            authorised.executeUpdate();
        }
        // The order, changed as the first transaction stored it: its row and its history in one statement.
        try (var paid = connection.prepareStatement(UPDATE_ORDER)) {
            Object[] values = {"SYSTEM:order-service", "payment authorised",
                "PAID", amount, 0L, 0L, 0L, amount, false, 0L, null, null, null, null, "Ada Lovelace", "12 Analytical Way", null,
                "London", null, "N1 9GU", "GB", null, null, "sbx_auth_" + paymentId, 0L, 0L, false, false, now, orderId, 0L};
            for (int i = 0; i < values.length; i++) {
                paid.setObject(i + 1, values[i]);
            }
            int next = values.length + 1;
            paid.setArray(next++, connection.createArrayOf("int4", new Integer[] {1}));
            paid.setArray(next++, connection.createArrayOf("varchar", new String[] {"AWAITING_PAYMENT"}));
            paid.setArray(next++, connection.createArrayOf("varchar", new String[] {"PAID"}));
            paid.setArray(next++, connection.createArrayOf("varchar", new String[] {"AUTHORISE_PAYMENT"}));
            paid.setArray(next++, connection.createArrayOf("varchar", new String[] {"payment authorised"}));
            paid.setArray(next++, connection.createArrayOf("varchar", new String[] {"SYSTEM"}));
            paid.setArray(next++, connection.createArrayOf("varchar", new String[] {"order-service"}));
            paid.setArray(next, connection.createArrayOf("varchar", new String[] {now.toInstant().toString()}));
            try (var changed = paid.executeQuery()) {
                if (!changed.next() || changed.getInt(1) != 1) {
                    throw new IllegalStateException("the ceiling's order " + orderId + " was not changed");
                }
            }
        }
        try (var allocate = connection.prepareStatement(ALLOCATE_HELD)) {
            for (int i = 1; i <= 4; i++) {
                allocate.setObject(i, orderId);
            }
            try (var rows = allocate.executeQuery()) {
                while (rows.next()) {
                    rows.getObject(1);
                }
            }
        }
        try (var saga = connection.prepareStatement("""
                UPDATE placement_saga SET status = 'COMPLETED', step = NULL, compensations = '', dispatched = false,
                  next_attempt_at = NULL, updated_at = now(), version = version + 1
                WHERE order_id = ? AND version = 0""")) {
            saga.setObject(1, orderId);
            saga.executeUpdate();
        }
        connection.commit();
    }

    private static void readBy(Connection connection, String sql, UUID id) throws SQLException {
        try (var read = connection.prepareStatement(sql)) {
            read.setObject(1, id);
            try (var rows = read.executeQuery()) {
                while (rows.next()) {
                    rows.getObject(1);
                }
            }
        }
    }
}
