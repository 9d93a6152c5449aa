package io.orderservice.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded PostgreSQL server per JVM, shared by every application context in it; each context gets
 * a database of its own. The server stops when the last context that uses it closes. Zonky's own
 * shutdown hook is off: it would stop PostgreSQL while Spring is still closing its connections.
 */
final class EmbeddedPostgresServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    private static EmbeddedPostgres server;
    private static int users;
    private static int databasesCreated;

    /** A database on the shared server; closing it releases the server. */
    record Database(String name, String jdbcUrl) implements AutoCloseable {
        @Override
        public void close() {
            release();
        }
    }

    private EmbeddedPostgresServer() {
    }

    static synchronized Database acquire(EmbeddedPostgresProperties properties) {
        if (server == null) {
            server = start(properties);
            databasesCreated = 0;
        }
        users++;
        var name = databasesCreated++ == 0 ? properties.database() : properties.database() + "_" + databasesCreated;
        createIfMissing(name);
        var url = server.getJdbcUrl("postgres", name);
        log.info("Using embedded PostgreSQL database {} at {}", name, url);
        return new Database(name, url);
    }

    private static synchronized void release() {
        if (--users > 0 || server == null) {
            return;
        }
        try {
            server.close();
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly", e);
        } finally {
            server = null;
        }
    }

    private static EmbeddedPostgres start(EmbeddedPostgresProperties properties) {
        try {
            var builder = EmbeddedPostgres.builder().setRegisterShutdownHook(false).setPort(properties.port());
            if (properties.dataDirectory() != null && !properties.dataDirectory().isBlank()) {
                builder.setDataDirectory(properties.dataDirectory()).setCleanDataDirectory(false);
            }
            properties.serverConfig().forEach(builder::setServerConfig);
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start", e);
        }
    }

    private static void createIfMissing(String name) {
        try (var connection = server.getPostgresDatabase().getConnection();
             var exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, name);
            try (var rows = exists.executeQuery()) {
                if (!rows.next()) {
                    try (var create = connection.createStatement()) {
                        create.execute("CREATE DATABASE \"" + name.replace("\"", "") + "\"");
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + name, e);
        }
    }
}
