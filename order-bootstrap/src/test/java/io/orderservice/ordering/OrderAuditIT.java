package io.orderservice.ordering;

import static io.orderservice.support.Http.orderJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderservice.support.Http;
import io.orderservice.support.OrderServiceIntegrationTest;
import io.orderservice.support.Tokens;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The audit trail over HTTP against PostgreSQL: the trigger records every change to an order with who,
 * why and each field before and after; the table refuses to be rewritten.
 */
@OrderServiceIntegrationTest
class OrderAuditIT {


    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void everyChangeIsRecordedWithWhoWhyAndWhatAndTheTrailIsAppendOnly() throws Exception {
        var http = new Http(port);
        var customer = "audit-" + UUID.randomUUID();
        var orderId = http.postJson("/api/v1/orders", orderJson(customer, "EUR", "[{\"sku\": \"MUG-CLASSIC\", \"quantity\": 1}]",
                "tok_approve")).json().get("id").asString();
        var etag = Http.exchange(HttpRequest.newBuilder(uri(orderId)).GET())
                .headers().firstValue("ETag").orElseThrow();
        var moved = Http.exchange(HttpRequest.newBuilder(uri(orderId)).header("Content-Type", "application/json")
                .header("If-Match", etag).PUT(HttpRequest.BodyPublishers.ofString("""
                        {"shippingAddress": {"recipient": "Ada Lovelace", "line1": "1 New Street", "city": "Leeds",
                                             "postalCode": "LS1 4AP", "countryCode": "GB"}}""")));
        assertThat(moved.statusCode()).isEqualTo(200);
        Http.exchange(HttpRequest.newBuilder(URI.create(uri(orderId) + "?reason=changed%20my%20mind")).DELETE());

        var audit = http.get("/api/v1/orders/" + orderId + "/audit");

        assertThat(audit.status()).isEqualTo(200);
        var entries = audit.json();
        assertThat(entries.valueStream().map(entry -> entry.get("operation").asString()))
                .containsExactly("INSERT", "UPDATE", "UPDATE", "UPDATE");
        var placed = entries.get(0);
        assertThat(placed.get("actor").asString()).isEqualTo("CUSTOMER:" + customer);
        assertThat(placed.get("reason").asString()).isEqualTo("placed");
        assertThat(placed.at("/changes/status/to").asString()).isEqualTo("\"AWAITING_PAYMENT\"");
        var paid = entries.get(1);
        assertThat(paid.get("actor").asString()).isEqualTo("SYSTEM:order-service");
        assertThat(change(paid, "status")).isEqualTo("\"AWAITING_PAYMENT\" -> \"PAID\"");
        var modified = entries.get(2);
        assertThat(modified.get("actor").asString()).as("changed by the test's staff token, for the customer")
                .isEqualTo("OPERATOR:" + Tokens.STAFF);
        assertThat(modified.get("reason").asString()).isEqualTo("changed shippingAddress");
        assertThat(change(modified, "ship_to_city")).isEqualTo("\"London\" -> \"Leeds\"");
        assertThat(modified.get("changes").has("status")).isFalse();
        assertThat(change(entries.get(3), "status")).isEqualTo("\"PAID\" -> \"CANCELLED\"");
        assertThat(entries.get(3).get("reason").asString()).startsWith("changed my mind; the payment's authorisation of");

        assertThatThrownBy(() -> jdbc.sql("UPDATE order_audit SET reason = 'nothing happened' WHERE order_id = ?::uuid")
                .param(orderId).update()).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM order_audit WHERE order_id = ?::uuid").param(orderId).update())
                .hasMessageContaining("append-only");
        assertThat(http.get("/api/v1/orders/" + UUID.randomUUID() + "/audit").status()).isEqualTo(404);
    }

    private static String change(JsonNode entry, String field) {
        return entry.at("/changes/" + field + "/from").asString() + " -> " + entry.at("/changes/" + field + "/to").asString();
    }

    private URI uri(String orderId) {
        return URI.create("http://localhost:" + port + "/api/v1/orders/" + orderId);
    }
}
