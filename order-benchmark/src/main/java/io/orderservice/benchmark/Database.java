package io.orderservice.benchmark;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The PostgreSQL both the service and the ceiling run against: the one given by --jdbc-url, or the
 * embedded binaries the service would start by default, with the same durable-commit setting.
 */
final class Database implements AutoCloseable {

    private final EmbeddedPostgres embedded;
    private final String url;
    private final String user;
    private final String password;

    private Database(EmbeddedPostgres embedded, String url, String user, String password) {
        this.embedded = embedded;
        this.url = url;
        this.user = user;
        this.password = password;
    }

    static Database start(Options options) throws IOException, SQLException {
        if (options.jdbcUrl() != null) {
            return new Database(null, options.jdbcUrl(), options.jdbcUser(), options.jdbcPassword());
        }
        var embedded = EmbeddedPostgres.builder()
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("max_connections", "300")
                .start();
        try (var connection = embedded.getPostgresDatabase().getConnection(); var statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE order_benchmark");
        }
        Benchmark.progress("embedded PostgreSQL ready");
        return new Database(embedded, embedded.getJdbcUrl("postgres", "order_benchmark"), "postgres", "");
    }

    String url() {
        return url;
    }

    String user() {
        return user;
    }

    String password() {
        return password;
    }

    Connection connect() throws SQLException {
        var connection = DriverManager.getConnection(url + (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true",
                user, password);
        connection.setAutoCommit(false);
        return connection;
    }

    @Override
    public void close() throws IOException {
        if (embedded != null) {
            embedded.close();
        }
    }
}
