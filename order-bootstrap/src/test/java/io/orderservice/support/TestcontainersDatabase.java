package io.orderservice.support;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Opt-in for machines with a Docker engine: {@code ./mvnw verify -Dorder-service.test.testcontainers=true}
 * runs the integration tests against PostgreSQL in a container instead of the embedded binaries.
 * The connection it provides switches the embedded database off.
 */
@TestConfiguration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("order-service.test.testcontainers")
public class TestcontainersDatabase {

    @Bean
    @ServiceConnection
    PostgreSQLContainer postgres() {
        return new PostgreSQLContainer("postgres:17-alpine");
    }
}
