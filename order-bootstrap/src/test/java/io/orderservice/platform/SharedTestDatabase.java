package io.orderservice.platform;

import java.util.Map;

/**
 * An embedded PostgreSQL database that outlives application contexts, for tests that stop the service
 * and start it again on the same data.
 */
public final class SharedTestDatabase implements AutoCloseable {

    private final EmbeddedPostgresServer.Database database;

    private SharedTestDatabase(EmbeddedPostgresServer.Database database) {
        this.database = database;
    }

    public static SharedTestDatabase named(String name) {
        return new SharedTestDatabase(EmbeddedPostgresServer.acquire(new EmbeddedPostgresProperties(name, 0, null,
                Map.of("fsync", "off"))));
    }

    public String jdbcUrl() {
        return database.jdbcUrl();
    }

    @Override
    public void close() {
        database.close();
    }
}
