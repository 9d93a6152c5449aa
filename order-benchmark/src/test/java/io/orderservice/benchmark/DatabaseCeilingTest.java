package io.orderservice.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The ceiling must run the statements a placement runs. The benchmark uses no class of the service, so
 * this reads the stock reservation statement from the adapter's source and compares it with the
 * ceiling's copy, named parameters turned into the ceiling's positional ones.
 */
class DatabaseCeilingTest {

    @Test
    void reservesStockWithTheServicesOwnStatement() throws IOException {
        var source = Files.readString(Path.of("..", "order-adapters-persistence", "src", "main", "java", "io", "orderservice",
                "inventory", "persistence", "StockReservationAdapter.java"));
        int start = source.indexOf("String RESERVE = \"\"\"") + "String RESERVE = \"\"\"".length();
        var statement = source.substring(start, source.indexOf("\"\"\";", start));

        var asTheCeilingRunsIt = statement.replace(":skus", "?").replace(":quantities", "?").replace(":orderId", "?")
                .replace(":warehouse", "'MAIN'");

        assertThat(normalised(DatabaseCeiling.RESERVE)).isEqualTo(normalised(asTheCeilingRunsIt));
    }

    private static String normalised(String sql) {
        return sql.replaceAll("\\s+", " ").strip();
    }
}
