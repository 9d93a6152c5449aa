package io.orderservice.benchmark;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Grows the order history to a given size by bulk SQL (not through the API), as a busy shop's history
 * would look: every order with three lines and two history entries, twenty orders per customer.
 */
final class GrowthSeeder {

    static final int ORDERS_PER_CUSTOMER = 20;

    private final Database database;

    GrowthSeeder(Database database) {
        this.database = database;
    }

    long storedOrders() throws SQLException {
        try (var connection = database.connect(); var statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT count(*) FROM orders")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Adds seeded orders until {@code target} orders are stored; returns how many it added. */
    long growTo(long target) throws SQLException {
        long missing = target - storedOrders();
        if (missing <= 0) {
            return 0;
        }
        try (var connection = database.connect(); var statement = connection.createStatement()) {
            statement.execute("CREATE TEMPORARY TABLE new_orders (id uuid PRIMARY KEY, n bigint) ON COMMIT DROP");
            statement.execute("""
                    INSERT INTO new_orders
                    SELECT gen_random_uuid(), n FROM generate_series(
                      (SELECT count(*) FROM orders) + 1, (SELECT count(*) FROM orders) + %d) n""".formatted(missing));
            statement.execute("""
                    INSERT INTO orders (id, customer_id, status, currency, subtotal_minor, discount_minor, tax_minor,
                      shipping_minor, grand_total_minor, ship_to_recipient, ship_to_line1, ship_to_city,
                      ship_to_postal_code, ship_to_country, payment_reference, placed_at, updated_at, version)
                    SELECT id, 'growth-customer-' || (n / %d), 'PAID', 'EUR', 5997, 0, 0, 495, 6492, 'Ada Lovelace',
                      '12 Analytical Way', 'London', 'N1 9GU', 'GB', 'sbx_auth_seeded',
                      timestamptz '2026-01-01' + n * interval '1 second', now(), 0
                    FROM new_orders""".formatted(ORDERS_PER_CUSTOMER));
            statement.execute("""
                    INSERT INTO order_lines (id, order_id, line_number, sku, name, quantity, unit_price_minor, line_total_minor)
                    SELECT nextval('order_lines_seq'), o.id, l, 'BENCH-' || lpad(((o.n * 3 + l) % 1000 + 1)::text, 4, '0'),
                      'Benchmark item', 1, 1999, 1999
                    FROM new_orders o CROSS JOIN generate_series(1, 3) l""");
            statement.execute("""
                    INSERT INTO order_status_history (id, order_id, position, from_status, to_status, action, reason,
                      actor_kind, actor_id, occurred_at)
                    SELECT nextval('order_status_history_seq'), o.id, p,
                      CASE WHEN p = 0 THEN NULL ELSE 'AWAITING_PAYMENT' END,
                      CASE WHEN p = 0 THEN 'AWAITING_PAYMENT' ELSE 'PAID' END,
                      CASE WHEN p = 0 THEN NULL ELSE 'AUTHORISE_PAYMENT' END,
                      'seeded', 'SYSTEM', 'order-benchmark', now()
                    FROM new_orders o CROSS JOIN generate_series(0, 1) p""");
            connection.commit();
            connection.setAutoCommit(true);
            statement.execute("VACUUM ANALYZE orders");
            statement.execute("VACUUM ANALYZE order_lines");
            statement.execute("VACUUM ANALYZE order_status_history");
        }
        return missing;
    }

    /** Random stored order ids and customers that have orders, to request during the measurement. */
    List<String> sampleOrderIds(int count) throws SQLException {
        return sample("SELECT id::text FROM orders ORDER BY random() LIMIT " + count);
    }

    List<String> sampleCustomers(int count) throws SQLException {
        return sample("SELECT DISTINCT customer_id FROM (SELECT customer_id FROM orders ORDER BY random() LIMIT "
                + count + ") c");
    }

    private List<String> sample(String sql) throws SQLException {
        try (var connection = database.connect(); var statement = connection.createStatement();
             var rows = statement.executeQuery(sql)) {
            var values = new ArrayList<String>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }
}
