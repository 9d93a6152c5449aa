package io.orderservice.template;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderservice.shared.kit.ProviderStandIn;
import io.orderservice.shared.kit.ProviderStandIn.Reply;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An adapter from another repository reaches the deployable without a change to the service: the template's jar (built
 * by the invoker against this build's installed ports and kits) goes on Spring Boot's {@code loader.path} of the
 * packaged service, started as {@code java -jar} starts it (embedded PostgreSQL, the local token issuer), and a price
 * quote over HTTP offers the made-up carrier's rates, asked from a local stand-in for its API.
 */
class ExternalAdapterIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ProviderStandIn acme = ProviderStandIn.start().on("POST", "/quotes", request -> new Reply(200, """
            {"quotes": [{"service": "express", "price": "9.90", "currency": "EUR", "minDays": 1, "maxDays": 2}]}"""));
    private Process service;

    @AfterEach
    void stop() {
        if (service != null) {
            service.destroy();
        }
        acme.close();
    }

    @Test
    void theServiceStartedWithTheTemplatesJarOnItsLoaderPathQuotesTheCarriersRates() throws Exception {
        var adapter = existing("adapter.jar");
        var port = freePort();
        var managementPort = freePort();
        var log = Path.of("target", "service-with-external-adapter.log");
        Files.createDirectories(log.getParent());
        service = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dloader.path=" + adapter, "-jar", existing("service.jar").toString(), "--server.port=" + port,
                "--management.server.port=" + managementPort, "--acme.rates.base-url=" + acme.baseUrl(),
                "--acme.rates.api-key=acme-key").redirectErrorStream(true).redirectOutput(log.toFile()).start();
        awaitReady(managementPort, log);

        var quote = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/price-quotes"))
                .header("Authorization", "Bearer " + token(port)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"customerId": "customer-42", "currency": "EUR", "lines": [{"sku": "MUG-CLASSIC", "quantity": 1}],
                         "shippingAddress": {"recipient": "Ada Lovelace", "line1": "12 Analytical Way", "city": "London",
                                             "postalCode": "N1 9GU", "countryCode": "GB"}}""")).build());

        assertThat(quote.statusCode()).as(quote.body()).isEqualTo(200);
        List<JsonNode> options = JSON.readTree(quote.body()).path("shippingOptions").valueStream().toList();
        assertThat(options).as(quote.body()).anySatisfy(option -> {
            assertThat(option.path("carrier").asString()).isEqualTo("acme");
            assertThat(option.path("service").asString()).isEqualTo("express");
        });
        assertThat(acme.received()).as("the service asked Acme's API through the adapter, with its key")
                .anySatisfy(request -> assertThat(request.header("X-Acme-Key")).isEqualTo("acme-key"));
    }

    private void awaitReady(int managementPort, Path log) throws InterruptedException {
        var deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(service.isAlive()).as("the service stopped during start-up; see %s", log.toAbsolutePath()).isTrue();
            try {
                if (send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + "/actuator/health/readiness"))
                        .GET().build()).statusCode() == 200) {
                    return;
                }
            } catch (UncheckedIOException notYetListening) {
                // keep polling until the deadline
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the service was not ready within 180 s; see " + log.toAbsolutePath());
    }

    /** The demo customer's token from the service's local token issuer (README.md). */
    private String token(int port) {
        var basic = Base64.getEncoder().encodeToString("customer-42:customer-42-secret".getBytes(StandardCharsets.UTF_8));
        var answer = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/oauth2/token"))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body()).path("access_token").asString();
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Path existing(String property) {
        var file = Path.of(System.getProperty(property, "none"));
        assertThat(file).as("%s (built before the integration tests)", property).isRegularFile();
        return file.toAbsolutePath();
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
