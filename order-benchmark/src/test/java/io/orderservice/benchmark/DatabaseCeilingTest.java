package io.orderservice.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The ceiling must run the statements a placement runs. The benchmark uses no class of the service, so
 * this reads the stock reservation statements from the adapter's source and compares them with the
 * ceiling's copies, named parameters turned into the ceiling's positional ones.
 */
class DatabaseCeilingTest {

    @Test
    void reservesStockWithTheServicesOwnStatements() throws IOException {
        var source = Files.readString(Path.of("..", "order-adapters-persistence", "src", "main", "java", "io", "orderservice",
                "inventory", "persistence", "JdbcStockLedger.java"));

        assertThat(normalised(DatabaseCeiling.LOCK_STOCK)).isEqualTo(normalised(statement(source, "LOCK_STOCK")
                .replace(":skus", "?")));
        assertThat(normalised(DatabaseCeiling.HOLD)).isEqualTo(normalised(statement(source, "HOLD")
                .replace(":locations", "?").replace(":skus", "?").replace(":quantities", "?").replace(":orderId", "?")
                .replace(":status", "?")));
    }

    @Test
    void claimsPromotionsScreensAndConfirmsWithTheServicesOwnStatements() throws IOException {
        var usages = adapter("pricing", "JdbcPromotionUsages");
        assertThat(normalised(DatabaseCeiling.COUNT_USES)).isEqualTo(normalised(statement(usages, "COUNT_USES")));
        assertThat(normalised(DatabaseCeiling.RECORD_USES)).isEqualTo(normalised(statement(usages, "RECORD_USES")));
        assertThat(normalised(DatabaseCeiling.RISK_FACTS)).isEqualTo(normalised(statement(adapter("risk", "JdbcRiskHistory"),
                "FACTS").replaceAll(":[a-z]+", "?")));
        assertThat(normalised(DatabaseCeiling.ALLOCATE_HELD)).isEqualTo(normalised(statement(adapter("inventory",
                "JdbcStockLedger"), "ALLOCATE_HELD").replace(":orderId", "?")));
    }

    @Test
    void insertsAndChangesTheOrderWithTheServicesOwnStatements() throws IOException {
        var orders = adapter("ordering", "OrderPersistenceAdapter");
        assertThat(normalised(DatabaseCeiling.INSERT_NEW_ORDER)).isEqualTo(normalised(statement(orders, "INSERT_NEW_ORDER")));
        assertThat(normalised(DatabaseCeiling.UPDATE_ORDER)).isEqualTo(normalised(statement(orders, "UPDATE_ORDER")));
    }

    private static String adapter(String capability, String name) throws IOException {
        return Files.readString(Path.of("..", "order-adapters-persistence", "src", "main", "java", "io", "orderservice",
                capability, "persistence", name + ".java"));
    }

    private static String statement(String source, String name) {
        var opening = "String " + name + " = \"\"\"";
        int start = source.indexOf(opening) + opening.length();
        return source.substring(start, source.indexOf("\"\"\";", start));
    }

    private static String normalised(String sql) {
        return sql.replaceAll("\\s+", " ").strip();
    }
}
