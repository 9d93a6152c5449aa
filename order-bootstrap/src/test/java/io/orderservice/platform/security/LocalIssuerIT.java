package io.orderservice.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderservice.platform.SharedTestDatabase;
import io.orderservice.support.Http;
import io.orderservice.support.Tokens;
import java.net.URI;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The local default's issuer keeps its key in the database, so a token issued before a restart is still good after
 * it. (Without the local defaults and an issuer the service does not start: {@code LocalDefaultsIT}.)
 */
class LocalIssuerIT {

    private static SharedTestDatabase database;

    @BeforeAll
    static void database() {
        database = SharedTestDatabase.named("local_issuer");
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    @Test
    void aTokenIssuedBeforeARestartIsAcceptedAfterIt() {
        String token;
        try (var firstLife = database.startService(Object.class, "PT1H")) {
            token = Tokens.of("http://localhost:" + port(firstLife), "support");
            assertThat(listOrders(firstLife, token)).isEqualTo(200);
        }
        try (var secondLife = database.startService(Object.class, "PT1H")) {
            assertThat(listOrders(secondLife, token)).as("the same key signs and verifies after the restart").isEqualTo(200);
        }
    }

    private static int listOrders(ConfigurableApplicationContext app, String token) {
        return Http.exchange(HttpRequest.newBuilder(URI.create("http://localhost:" + port(app) + "/api/v1/orders?limit=1"))
                .header("Authorization", "Bearer " + token).GET(), null).statusCode();
    }

    private static int port(ConfigurableApplicationContext app) {
        return ((WebServerApplicationContext) app).getWebServer().getPort();
    }
}
