package io.orderservice.benchmark;

import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The shop the benchmark buys from: 1,000 SKUs with plenty of stock and 1,000 customers, so that
 * orders spread over rows as they would in a real catalog instead of queueing on one hot SKU.
 */
final class Workload {

    static final int SKUS = 1_000;
    static final int CUSTOMERS = 1_000;
    static final long UNIT_PRICE_CENTS = 1_999;

    private Workload() {
    }

    static void seedCatalog(Database database) throws SQLException {
        try (var connection = database.connect(); var statement = connection.createStatement()) {
            statement.execute("""
                    INSERT INTO catalog_product (sku, name)
                    SELECT 'BENCH-' || lpad(n::text, 4, '0'), 'Benchmark item ' || n FROM generate_series(1, %d) n
                    ON CONFLICT DO NOTHING""".formatted(SKUS));
            statement.execute("""
                    INSERT INTO catalog_price (sku, currency, unit_price_minor)
                    SELECT 'BENCH-' || lpad(n::text, 4, '0'), 'EUR', %d FROM generate_series(1, %d) n
                    ON CONFLICT DO NOTHING""".formatted(UNIT_PRICE_CENTS, SKUS));
            statement.execute("""
                    INSERT INTO stock_level (warehouse_code, sku, on_hand)
                    SELECT 'MAIN', 'BENCH-' || lpad(n::text, 4, '0'), 1000000000 FROM generate_series(1, %d) n
                    ON CONFLICT (warehouse_code, sku) DO UPDATE SET on_hand = 1000000000, reserved = 0""".formatted(SKUS));
            connection.commit();
        }
    }

    /** The address every benchmark order ships to: in the country the catalog's prices and taxes are for. */
    static final String ADDRESS_JSON = """
            {"recipient":"Ada Lovelace","line1":"12 Analytical Way","city":"London","postalCode":"N1 9GU","countryCode":"GB"}""";

    /** Three distinct random SKUs, quantities 1-3. */
    static int[][] randomLines() {
        return randomLines(3);
    }

    /** {@code count} distinct random SKU numbers, each with a quantity of 1-3. */
    static int[][] randomLines(int count) {
        var random = ThreadLocalRandom.current();
        var lines = new int[count][];
        for (int i = 0; i < count; i++) {
            int sku;
            do {
                sku = random.nextInt(SKUS) + 1;
            } while (taken(lines, i, sku));
            lines[i] = new int[] {sku, random.nextInt(3) + 1};
        }
        return lines;
    }

    private static boolean taken(int[][] lines, int filled, int sku) {
        for (int i = 0; i < filled; i++) {
            if (lines[i][0] == sku) {
                return true;
            }
        }
        return false;
    }

    static String sku(int number) {
        return "BENCH-%04d".formatted(number);
    }

    static String customer() {
        return "bench-customer-" + ThreadLocalRandom.current().nextInt(CUSTOMERS);
    }

    static String orderJson() {
        return orderJson(customer());
    }

    /** An order of three random lines for {@code customer}, paid with a card the sandbox approves. */
    static String orderJson(String customer) {
        var lines = randomLines();
        return """
                {"customerId":"%s","currency":"EUR","lines":[{"sku":"%s","quantity":%d},{"sku":"%s","quantity":%d},\
                {"sku":"%s","quantity":%d}],"shippingAddress":%s,"paymentToken":"tok_approve"}"""
                .formatted(customer, sku(lines[0][0]), lines[0][1], sku(lines[1][0]), lines[1][1], sku(lines[2][0]),
                        lines[2][1], ADDRESS_JSON);
    }
}
