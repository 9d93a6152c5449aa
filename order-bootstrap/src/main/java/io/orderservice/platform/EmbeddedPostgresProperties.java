package io.orderservice.platform;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The embedded PostgreSQL started when no {@code spring.datasource.url} is configured.
 *
 * @param database      name of the database the service uses (further test contexts get numbered copies)
 * @param port          TCP port on loopback; 0 picks a free one
 * @param dataDirectory where PostgreSQL keeps its files; unset means a temporary directory wiped on stop
 * @param serverConfig  postgresql.conf settings, e.g. {@code synchronous_commit}
 */
@ConfigurationProperties("order-service.embedded-postgres")
public record EmbeddedPostgresProperties(String database, int port, String dataDirectory, Map<String, String> serverConfig) {

    public EmbeddedPostgresProperties {
        database = database == null || database.isBlank() ? "order_service" : database;
        serverConfig = serverConfig == null ? Map.of() : Map.copyOf(serverConfig);
    }
}
