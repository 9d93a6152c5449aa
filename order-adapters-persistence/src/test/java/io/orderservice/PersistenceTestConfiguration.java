package io.orderservice;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.sql.DataSource;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The persistence ring's tests run against a real PostgreSQL: the embedded binaries, one server per
 * test JVM. (The runtime's embedded database lives in order-bootstrap, which this ring cannot see.)
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class PersistenceTestConfiguration {

    private static EmbeddedPostgres server;

    static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return server;
    }

    /** The adapters that need the time (prices in force, ...) read it from this clock, as in the service. */
    @Bean
    java.time.Clock clock() {
        return java.time.Clock.systemUTC();
    }

    @Bean
    DataSource embeddedPostgres() {
        return server().getPostgresDatabase();
    }
}
