package io.orderservice.ordering;

import static io.orderservice.support.Http.orderJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.orderservice.support.Http;
import io.orderservice.support.OrderServiceIntegrationTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * POST/PUT/DELETE /orders/{id}/items over HTTP against PostgreSQL and the sandbox gateway: a paid order's
 * lines change until it ships; stock is held again, totals priced again, the payment re-authorised when the
 * total grows (the old authorisation voided) and only the final total captured; refusals change nothing.
 */
@OrderServiceIntegrationTest
class OrderLinesIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    Http http;

    @BeforeEach
    void catalog() {
        http = new Http(port);
        jdbc.sql("INSERT INTO catalog_product (sku, name) VALUES ('LIN-MUG', 'Mug'), ('LIN-TEE', 'T-shirt'), ('LIN-RARE', 'Rare print') ON CONFLICT DO NOTHING")
                .update();
        jdbc.sql("""
                INSERT INTO catalog_price (sku, currency, unit_price_minor) VALUES ('LIN-MUG', 'EUR', 1000), ('LIN-TEE', 'EUR', 2000),
                  ('LIN-RARE', 'EUR', 5000) ON CONFLICT DO NOTHING""").update();
        jdbc.sql("""
                INSERT INTO stock_level (warehouse_code, sku, on_hand) VALUES ('MAIN', 'LIN-MUG', 100000), ('MAIN', 'LIN-TEE', 100000),
                  ('MAIN', 'LIN-RARE', 1)
                ON CONFLICT (warehouse_code, sku) DO NOTHING""").update();
    }

    /*
     * Shipped to London in EUR: 20 % UK VAT on goods and shipping, shipping 4.95 and free from 50.00 of goods.
     * One mug (10.00): 10.00 + 4.95 + 2.99 tax = 17.94. Two tees added (50.00 of goods): shipping free, 10.00 tax, 60.00.
     * Three mugs and two tees: 70.00 + 14.00 = 84.00. The tees removed: 30.00 + 4.95 + 6.99 = 41.94.
     */
    @Test
    void aPaidOrdersLinesChangeUntilItShipsWithStockAndPaymentFollowing() {
        var orderId = place();
        var items = "/api/v1/orders/" + orderId + "/items";
        var etag = http.get("/api/v1/orders/" + orderId).etag();
        var teeReservedBefore = reserved("LIN-TEE");

        assertThat(http.send("POST", items, "{\"sku\": \"LIN-TEE\", \"quantity\": 2}").status()).as("no If-Match").isEqualTo(428);
        assertThat(http.send("POST", items, "{\"sku\": \"LIN-TEE\", \"quantity\": 2}", "If-Match", "\"999\"").status()).isEqualTo(412);

        var added = http.send("POST", items, "{\"sku\": \"LIN-TEE\", \"quantity\": 2}", "If-Match", etag);
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.location()).endsWith("/items/2");
        assertThat(added.json().at("/totals/grandTotal/amount").asString()).isEqualTo("60.00");
        assertThat(added.json().at("/lines/1/unitPrice/amount").asString()).isEqualTo("20.00");
        assertThat(reserved("LIN-TEE")).isEqualTo(teeReservedBefore + 2);
        assertThat(payments(orderId)).as("re-authorised for the new total; the old one is voided a moment later")
                .matches("AUTHORISED 60.00, (AUTHORISED|VOIDED) 17.94");
        await().atMost(Duration.ofSeconds(20)).until(() -> payments(orderId).equals("AUTHORISED 60.00, VOIDED 17.94"));

        var more = http.send("PUT", items + "/1", "{\"quantity\": 3}", "If-Match", http.get("/api/v1/orders/" + orderId).etag());
        assertThat(more.status()).as(more.body()).isEqualTo(200);
        assertThat(more.json().at("/totals/grandTotal/amount").asString()).isEqualTo("84.00");

        var fewer = http.send("DELETE", items + "/2", null, "If-Match", more.etag());
        assertThat(fewer.status()).as(fewer.body()).isEqualTo(200);
        assertThat(fewer.json().at("/totals/grandTotal/amount").asString()).isEqualTo("41.94");
        assertThat(fewer.json().get("lines").size()).isEqualTo(1);
        assertThat(reserved("LIN-TEE")).as("the removed line's stock is back").isEqualTo(teeReservedBefore);
        assertThat(fewer.json().get("history").toString()).contains("removed LIN-TEE", "84.00 EUR -> 41.94 EUR");
        await().atMost(Duration.ofSeconds(20)).until(() -> payments(orderId).startsWith("AUTHORISED 84.00, VOIDED 60.00"));

        var shipped = http.send("POST", "/api/v1/orders/" + orderId + "/ship", """
                {"carrier": "own-fleet"}""");
        assertThat(shipped.status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> http.get("/api/v1/orders/" + orderId).json()
                .at("/payment/captured/amount").asString().equals("41.94"));

        var tooLate = http.send("POST", items, "{\"sku\": \"LIN-TEE\", \"quantity\": 1}", "If-Match",
                http.get("/api/v1/orders/" + orderId).etag());
        assertThat(tooLate.status()).isEqualTo(409);
        assertThat(tooLate.json().get("type").asString()).isEqualTo("urn:order-service:problem:illegal-transition");
        assertThat(tooLate.json().get("currentStatus").asString()).isEqualTo("SHIPPED");
        assertThat(tooLate.json().get("allowedActions").toString()).doesNotContain("CHANGE_LINES");
    }

    @Test
    void refusedChangesChangeNothing() {
        var orderId = place();
        var items = "/api/v1/orders/" + orderId + "/items";
        var before = http.get("/api/v1/orders/" + orderId);

        var shortage = http.send("POST", items, "{\"sku\": \"LIN-RARE\", \"quantity\": 5}", "If-Match", before.etag());
        assertThat(shortage.status()).isEqualTo(409);
        assertThat(shortage.json().get("type").asString()).isEqualTo("urn:order-service:problem:insufficient-stock");
        var unknown = http.send("POST", items, "{\"sku\": \"LIN-NOPE\", \"quantity\": 1}", "If-Match", before.etag());
        assertThat(unknown.status()).isEqualTo(422);
        var twice = http.send("POST", items, "{\"sku\": \"LIN-MUG\", \"quantity\": 1}", "If-Match", before.etag());
        assertThat(twice.status()).isEqualTo(422);
        assertThat(twice.json().get("detail").asString()).contains("change its quantity instead");
        var last = http.send("DELETE", items + "/1", null, "If-Match", before.etag());
        assertThat(last.status()).isEqualTo(422);
        assertThat(last.json().get("detail").asString()).contains("cancel it instead");
        var noSuchLine = http.send("PUT", items + "/9", "{\"quantity\": 2}", "If-Match", before.etag());
        assertThat(noSuchLine.status()).isEqualTo(404);

        var after = http.get("/api/v1/orders/" + orderId);
        assertThat(after.etag()).isEqualTo(before.etag());
        assertThat(after.body()).isEqualTo(before.body());
        assertThat(reserved("LIN-RARE")).isZero();
        assertThat(payments(orderId)).isEqualTo("AUTHORISED 17.94");
    }

    private String place() {
        var placed = http.postJson("/api/v1/orders", orderJson("lin-" + UUID.randomUUID(), "EUR",
                "[{\"sku\": \"LIN-MUG\", \"quantity\": 1}]", "tok_approve"));
        assertThat(placed.status()).isEqualTo(201);
        return placed.json().get("id").asString();
    }

    private int reserved(String sku) {
        return jdbc.sql("SELECT reserved FROM stock_level WHERE warehouse_code = 'MAIN' AND sku = ?").param(sku)
                .query(Integer.class).single();
    }

    /** The order's payments, newest first: status and amount. */
    private String payments(String orderId) {
        return String.join(", ", jdbc.sql("""
                        SELECT status || ' ' || to_char(amount_minor / 100.0, 'FM999990.00') FROM payment
                        WHERE order_id = ?::uuid ORDER BY created_at DESC""")
                .param(orderId).query(String.class).list());
    }
}
