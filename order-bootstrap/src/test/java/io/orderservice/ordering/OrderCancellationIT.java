package io.orderservice.ordering;

import static io.orderservice.support.Http.orderJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.orderservice.support.Http;
import io.orderservice.support.OrderServiceIntegrationTest;
import io.orderservice.support.Tokens;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * DELETE /orders/{id} over HTTP against PostgreSQL: a paid order is cancelled, its stock released and its
 * payment voided; an order still being placed is given up through its saga; cancelling twice is
 * harmless; a stale If-Match and a status that does not allow it are refused and change nothing.
 */
@OrderServiceIntegrationTest
class OrderCancellationIT {

    private static final String ONE_MUG = "[{\"sku\": \"CXL-MUG\", \"quantity\": 1}]";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    Http http;

    @BeforeEach
    void catalog() {
        http = new Http(port);
        jdbc.sql("INSERT INTO catalog_product (sku, name) VALUES ('CXL-MUG', 'Mug'), ('CXL-WATCH', 'Watch'), ('CXL-NONE', 'Sold out') ON CONFLICT DO NOTHING")
                .update();
        jdbc.sql("""
                INSERT INTO catalog_price (sku, currency, unit_price_minor) VALUES ('CXL-MUG', 'EUR', 1250),
                  ('CXL-WATCH', 'EUR', 150000), ('CXL-NONE', 'EUR', 500) ON CONFLICT DO NOTHING""").update();
        jdbc.sql("""
                INSERT INTO stock_level (warehouse_code, sku, on_hand) VALUES ('MAIN', 'CXL-MUG', 100000), ('MAIN', 'CXL-WATCH', 100000),
                  ('MAIN', 'CXL-NONE', 0)
                ON CONFLICT (warehouse_code, sku) DO NOTHING""").update();
    }

    @Test
    void aPaidOrderIsCancelledItsStockReleasedAndItsPaymentVoidedAndCancellingAgainChangesNothing() throws Exception {
        var orderId = place(ONE_MUG, "tok_approve");
        var read = get(orderId);
        var etag = read.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).matches("\"[0-9]+\"");

        var stale = delete(orderId, "\"" + (Long.parseLong(etag.replace("\"", "")) + 7) + "\"", "changed my mind");
        assertThat(stale.statusCode()).isEqualTo(412);
        assertThat(stale.body()).contains("urn:order-service:problem:precondition-failed").contains("currentVersion");
        assertThat(status(orderId)).as("a refused request changes nothing").isEqualTo("PAID");

        var cancelled = delete(orderId, etag, "changed my mind");

        assertThat(cancelled.statusCode()).isEqualTo(200);
        assertThat(cancelled.body()).contains("\"status\":\"CANCELLED\"").contains("changed my mind");
        await().atMost(Duration.ofSeconds(20)).until(() -> reservations(orderId).equals("RELEASED x1"));
        await().atMost(Duration.ofSeconds(20)).until(() -> paymentStatus(orderId).equals("VOIDED"));
        assertThat(get(orderId).headers().firstValue("ETag")).get().isNotEqualTo(etag);

        // placed, paid, cancelled, and the release of the authorisation (settled with the void, in its transaction)
        assertThat(historySize(orderId)).isEqualTo(4);
        assertThat(get(orderId).body()).contains("\"kind\":\"VOID\"").contains("\"status\":\"SUCCEEDED\"");
        var again = delete(orderId, null, "twice");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(historySize(orderId)).as("cancelling twice is harmless").isEqualTo(4);
    }

    @Test
    void anOrderStillBeingPlacedIsGivenUpThroughItsSaga() throws Exception {
        // Held for a fraud review: a first order above 1,000 EUR billed in another country.
        var body = orderJson("cxl-" + UUID.randomUUID(), "EUR", "[{\"sku\": \"CXL-WATCH\", \"quantity\": 1}]", "tok_approve")
                .replace("\"paymentToken\"", "\"billingCountry\": \"DE\", \"paymentToken\"");
        var held = http.postJson("/api/v1/orders", body);
        assertThat(held.json().get("status").asString()).isEqualTo("ON_HOLD");
        var orderId = held.json().get("id").asString();

        var cancelling = delete(orderId, null, "found it cheaper");

        assertThat(cancelling.statusCode()).isIn(200, 202);
        await().atMost(Duration.ofSeconds(20)).until(() -> status(orderId).equals("CANCELLED"));
        assertThat(jdbc.sql("SELECT status FROM placement_saga WHERE order_id = ?::uuid").param(orderId).query(String.class).single())
                .isEqualTo("FAILED");
        assertThat(jdbc.sql("SELECT reason FROM order_status_history WHERE order_id = ?::uuid ORDER BY position DESC LIMIT 1")
                .param(orderId).query(String.class).single()).isEqualTo("cancelled by " + Tokens.STAFF + ": found it cheaper");
    }

    @Test
    void anOrderWhoseStatusDoesNotAllowItIsNotCancelled() throws Exception {
        var refused = http.postJson("/api/v1/orders", orderJson("cxl-" + UUID.randomUUID(), "EUR",
                "[{\"sku\": \"CXL-NONE\", \"quantity\": 1}]", "tok_approve"));
        var orderId = refused.json().get("orderId").asString();

        var response = delete(orderId, null, "too late");

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(response.body()).contains("urn:order-service:problem:illegal-transition").contains("\"currentStatus\":\"REJECTED\"")
                .contains("\"allowedActions\":[]");
        assertThat(status(orderId)).isEqualTo("REJECTED");
        assertThat(delete(UUID.randomUUID().toString(), null, "nothing").statusCode()).isEqualTo(404);
    }

    // ---------------------------------------------------------------------------------------------

    private String place(String lines, String token) {
        var placed = http.postJson("/api/v1/orders", orderJson("cxl-" + UUID.randomUUID(), "EUR", lines, token));
        assertThat(placed.status()).isEqualTo(201);
        return placed.json().get("id").asString();
    }

    private HttpResponse<String> get(String orderId) throws Exception {
        return send(HttpRequest.newBuilder(uri(orderId)).GET());
    }

    private HttpResponse<String> delete(String orderId, String ifMatch, String reason) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(uri(orderId) + "?reason=" + reason.replace(" ", "%20"))).DELETE();
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return send(request);
    }

    private URI uri(String orderId) {
        return URI.create("http://localhost:" + port + "/api/v1/orders/" + orderId);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return Http.exchange(request);
    }

    private String status(String orderId) {
        return jdbc.sql("SELECT status FROM orders WHERE id = ?::uuid").param(orderId).query(String.class).single();
    }

    private String paymentStatus(String orderId) {
        return jdbc.sql("SELECT status FROM payment WHERE order_id = ?::uuid").param(orderId).query(String.class).single();
    }

    private int historySize(String orderId) {
        return jdbc.sql("SELECT count(*) FROM order_status_history WHERE order_id = ?::uuid").param(orderId).query(Integer.class).single();
    }

    private String reservations(String orderId) {
        return jdbc.sql("SELECT coalesce(string_agg(DISTINCT status, ','), '') || ' x' || count(*) FROM stock_reservation WHERE order_id = ?::uuid")
                .param(orderId).query(String.class).single();
    }
}
