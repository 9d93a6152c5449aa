package io.orderservice.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderservice.OrderServiceApplication;
import io.orderservice.payment.gateway.sandbox.SandboxGateway;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;

/**
 * The local defaults (the embedded authorization server and its demo clients, the sandbox gateway) are on together
 * and only where asked for: outside them — a configured database and no {@code local} profile — the service refuses
 * to start without a token issuer, refuses payment routing that can reach the sandbox, and otherwise runs without
 * either; the sandbox can be switched on explicitly (a staging environment).
 */
class LocalDefaultsIT {

    /** A real gateway to route to; nothing calls it while the service starts. */
    private static final List<String> ACME = List.of("--order-service.payment.http-gateways.acme.base-url=http://localhost:9",
            "--order-service.payment.http-gateways.acme.api-key=sk_test", "--order-service.payment.routing.default-gateways=acme");
    private static final String ISSUER = "--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=http://localhost:9/jwks";

    private static SharedTestDatabase database;

    @BeforeAll
    static void database() {
        database = SharedTestDatabase.named("local_defaults");
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    @Test
    void withoutTheLocalDefaultsOrAnIssuerTheServiceDoesNotStart() {
        assertThatThrownBy(() -> production(ACME).close()).hasStackTraceContaining("No token issuer is configured");
    }

    @Test
    void withoutTheLocalDefaultsRoutingThatCanReachTheSandboxIsRefused() {
        assertThatThrownBy(() -> production(List.of(ISSUER)).close())
                .hasStackTraceContaining("can send payments to the sandbox gateway, which moves no money");
        var routeWithSandboxForFailover = new ArrayList<>(ACME);
        routeWithSandboxForFailover.addAll(List.of(ISSUER, "--order-service.payment.routing.routes[0].method-types=CARD",
                "--order-service.payment.routing.routes[0].gateways=acme,sandbox"));
        assertThatThrownBy(() -> production(routeWithSandboxForFailover).close()).hasStackTraceContaining("sandbox gateway");
    }

    @Test
    void aProductionConfigurationRunsWithNeitherTheEmbeddedIssuerNorTheSandbox() {
        var args = new ArrayList<>(ACME);
        args.add(ISSUER);
        try (var service = production(args)) {
            assertThat(service.getEnvironment().getProperty(LocalDefaults.ACTIVE, Boolean.class)).isFalse();
            assertThat(service.getBeanProvider(SandboxGateway.class).getIfAvailable()).isNull();
            assertThat(service.getBeanProvider(RegisteredClientRepository.class).getIfAvailable()).isNull();
        }
    }

    @Test
    void theSandboxCanBeSwitchedOnExplicitlyWithoutTheOtherLocalDefaults() {
        try (var service = production(List.of(ISSUER, "--" + LocalDefaults.SANDBOX + "=true",
                "--" + LocalDefaults.ACTIVE + "=true"))) {
            assertThat(service.getEnvironment().getProperty(LocalDefaults.ACTIVE, Boolean.class))
                    .as("the local defaults are decided, not configured").isFalse();
            assertThat(service.getBeanProvider(SandboxGateway.class).getIfAvailable()).isNotNull();
            assertThat(service.getBeanProvider(RegisteredClientRepository.class).getIfAvailable()).isNull();
        }
    }

    /** The service on a configured database, without the local profile. */
    private static ConfigurableApplicationContext production(List<String> moreArgs) {
        var args = new ArrayList<>(List.of("--server.port=0", "--spring.datasource.url=" + database.jdbcUrl(),
                "--spring.datasource.username=postgres", "--spring.lifecycle.timeout-per-shutdown-phase=2s"));
        args.addAll(moreArgs);
        return new SpringApplicationBuilder(OrderServiceApplication.class).profiles("test").run(args.toArray(String[]::new));
    }
}
