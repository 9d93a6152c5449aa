package io.orderservice.shared.web;

import static io.orderservice.support.Http.orderJson;
import static org.assertj.core.api.Assertions.assertThat;

import io.orderservice.support.Http;
import io.orderservice.support.OrderServiceIntegrationTest;
import io.orderservice.support.Tokens;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The hostile requests of issue 17 (items 1–4 and 6), each answered with a problem and nothing changed: numbers
 * beyond any sense, bodies beyond the limit, control characters and half surrogates, URLs the container or the firewall
 * refuses, entity tags of no version, media types the API does not speak.
 */
@OrderServiceIntegrationTest
class HostileInputIT {

    private static final String ONE_MUG = "[{\"sku\": \"MUG-CLASSIC\", \"quantity\": 1}]";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    /** Item 1: a decimal with four million digits costs nothing and answers 400, not seconds of CPU and a 500. */
    @ParameterizedTest
    @ValueSource(strings = {"1e4000000", "1e-4000000", "12345678901234567890", "0.00000000001",
            "99999999999999999999999999999999999999999"})
    void aDecimalParameterBeyondTheLimitsIsRefused(String total) {
        var response = new Http(port).get("/api/v1/orders?currency=EUR&minTotal=" + total);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aDecimalInABodyBeyondTheLimitsIsRefusedNamingTheField() {
        var response = new Http(port).postJson("/api/v1/admin/tax-rules", """
                {"jurisdiction": "Nowhere", "countryCode": "DE", "category": "STANDARD", "rate": 1e4000000}""");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().at("/errors/0/field").asString()).isEqualTo("rate");
    }

    /** Item 2: a body above the limit is refused before anything holds it, declared or chunked. */
    @Test
    void aBodyAboveTheLimitIsRefusedWith413() throws IOException {
        var customer = "hostile-" + UUID.randomUUID();
        var padding = "x".repeat(70 * 1024);
        var body = orderJson(customer, "EUR", ONE_MUG, "tok_approve").replace("\"Ada Lovelace\"", "\"" + padding + "\"");

        var declared = new Http(port).postJson("/api/v1/orders", body);
        var chunked = raw("POST /api/v1/orders HTTP/1.1\r\nHost: localhost\r\nAuthorization: "
                + Tokens.bearer("http://localhost:" + port, Tokens.STAFF)
                + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                + Integer.toHexString(body.length()) + "\r\n" + body + "\r\n0\r\n\r\n");

        assertThat(declared.status()).isEqualTo(413);
        assertThat(declared.contentType()).startsWith("application/problem+json");
        assertThat(chunked.status()).isEqualTo(413);
        assertThat(chunked.contentType()).startsWith("application/problem+json");
        assertThat(ordersOf(customer)).isZero();
    }

    /** Item 3: NUL and other control characters never reach PostgreSQL; half a surrogate pair neither. */
    @ParameterizedTest
    @ValueSource(strings = {"\\u0000", "\\u0007", "\\r\\n", "\\u001b[31m", "\\ud800", "\\udc00x"})
    void controlCharactersAndHalfSurrogatesInABodyAreRefused(String hostile) {
        var customer = "hostile-" + UUID.randomUUID();
        var inAddress = orderJson(customer, "EUR", ONE_MUG, "tok_approve").replace("12 Analytical Way", "12 Analytical" + hostile);
        var inCustomer = orderJson(customer + hostile, "EUR", ONE_MUG, "tok_approve");

        for (var body : new String[] {inAddress, inCustomer}) {
            var response = new Http(port).postJson("/api/v1/orders", body);
            assertThat(response.status()).as(body).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().at("/errors/0/message").asString()).containsAnyOf("control character", "surrogate");
        }
        assertThat(ordersOf(customer)).isZero();
    }

    @Test
    void aNoteKeepsItsLineBreaksButNoOtherControlCharacter() {
        var http = new Http(port);
        var order = http.postJson("/api/v1/orders", orderJson("hostile-" + UUID.randomUUID(), "EUR", ONE_MUG, "tok_approve"));
        var notes = java.net.URI.create(order.location()).getPath() + "/notes";

        var lines = http.postJson(notes, "{\"text\": \"Ring twice.\\nThen wait.\", \"visibility\": \"INTERNAL\"}");
        var bell = http.postJson(notes, "{\"text\": \"Ring\\u0007\", \"visibility\": \"INTERNAL\"}");

        assertThat(lines.status()).isEqualTo(201);
        assertThat(lines.json().at("/text").asString()).isEqualTo("Ring twice.\nThen wait.");
        assertThat(bell.status()).isEqualTo(400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"%00", "%0d%0aX-Forged:%20yes", "%07", "%1b"})
    void controlCharactersInAParameterAreRefused(String hostile) {
        var response = new Http(port).get("/api/v1/orders?customerId=c" + hostile);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    /** Item 4: URLs refused by the container or the firewall are problems too, not the container's HTML page. */
    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/orders/%zz", "/api/v1/orders/%", "/api/v1/orders/%00", "/api/v1/orders/..%2F..%2Fadmin",
            "/api/v1/orders/../../actuator", "/api/v1/orders/%0d%0a", "/api/v1/orders/a%2fb", "/api/v1/orders/;x=1",
            "/api/v1/orders/%c0%ae%c0%ae", "/api/v1/orders/\u00ff"})
    void malformedUrlsAreAnsweredWithAProblem(String target) throws IOException {
        var response = raw("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: "
                + Tokens.bearer("http://localhost:" + port, Tokens.STAFF) + "\r\nConnection: close\r\n\r\n");

        assertThat(response.status()).as(target).isBetween(400, 499);
        assertThat(response.contentType()).as(target + " answered " + response.status() + ": " + response.body())
                .startsWith("application/problem+json");
    }

    /** Item 6: an entity tag of no version is a failed precondition (RFC 9110), an unquoted one a bad request. */
    @Test
    void anEntityTagOfNoVersionIs412AndAMalformedOne400() {
        var http = new Http(port);
        var order = http.postJson("/api/v1/orders", orderJson("hostile-" + UUID.randomUUID(), "EUR", ONE_MUG, "tok_approve"));

        var path = java.net.URI.create(order.location()).getPath();
        var noVersion = http.send("DELETE", path + "?reason=test", null, "If-Match", "\"abc\"");
        var unquoted = http.send("DELETE", path + "?reason=test", null, "If-Match", "3");

        assertThat(noVersion.status()).isEqualTo(412);
        assertThat(unquoted.status()).isEqualTo(400);
        assertThat(http.get(path).json().at("/status").asString()).isNotEqualTo("CANCELLED");
    }

    @Test
    void mediaTypesTheApiDoesNotSpeakAreProblems() {
        var textBody = Http.exchange(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port
                        + "/api/v1/orders")).header("Content-Type", "text/plain")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("an order, please")));
        var csv = Http.exchange(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port
                + "/api/v1/orders?limit=1")).header("Accept", "text/csv").GET());

        assertThat(textBody.statusCode()).isEqualTo(415);
        assertThat(textBody.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(csv.statusCode()).isEqualTo(406);
    }

    private int ordersOf(String customer) {
        return jdbc.sql("SELECT count(*) FROM orders WHERE customer_id = ?").param(customer).query(Integer.class).single();
    }

    record RawResponse(int status, String contentType, String body) {
    }

    /** Sends bytes as they are: HTTP clients refuse to send what these tests must. */
    private RawResponse raw(String request) throws IOException {
        try (var socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            var bytes = new ByteArrayOutputStream();
            try {
                in.transferTo(bytes);
            } catch (IOException reset) {
                // the server may close after answering, before the whole request was read
            }
            var text = bytes.toString(StandardCharsets.UTF_8);
            var head = text.contains("\r\n\r\n") ? text.substring(0, text.indexOf("\r\n\r\n")) : text;
            int status = head.length() >= 12 ? Integer.parseInt(head.substring(9, 12)) : 0;
            var contentType = head.lines().filter(line -> line.toLowerCase().startsWith("content-type:"))
                    .map(line -> line.substring(13).strip()).findFirst().orElse("");
            return new RawResponse(status, contentType, text.substring(Math.min(text.length(), head.length() + 4)));
        }
    }
}
