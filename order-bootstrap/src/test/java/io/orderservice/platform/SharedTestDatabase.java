package io.orderservice.platform;

import io.orderservice.OrderServiceApplication;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

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

    /**
     * Starts the whole service (test profile, random port) on this database, with {@code extraConfiguration}
     * and the outbox resubmitting incomplete publications every {@code resubmitEvery}, at any age.
     */
    public ConfigurableApplicationContext startService(Class<?> extraConfiguration, String resubmitEvery, String... moreArgs) {
        var args = new ArrayList<>(List.of("--server.port=0",
                "--spring.datasource.url=" + jdbcUrl(),
                "--spring.datasource.username=postgres",
                "--order-service.outbox.resubmit-every=" + resubmitEvery,
                "--order-service.outbox.resubmit-older-than=PT0S",
                // A life may be stopped while a listener hangs: do not wait the default 30 s for it.
                "--spring.lifecycle.timeout-per-shutdown-phase=2s"));
        args.addAll(List.of(moreArgs));
        return new SpringApplicationBuilder(OrderServiceApplication.class, extraConfiguration).profiles("test", "local")
                .run(args.toArray(String[]::new));
    }

    /** A client of this database, outside any application context. */
    public JdbcClient client() {
        return JdbcClient.create(new DriverManagerDataSource(jdbcUrl(), "postgres", ""));
    }

    @Override
    public void close() {
        database.close();
    }
}
