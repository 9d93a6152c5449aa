package io.orderservice.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderservice.support.Http;
import io.orderservice.support.OrderServiceIntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Stock counts over HTTP: counted stock sells, a count never goes under what orders hold, all or nothing. */
@OrderServiceIntegrationTest
class StockAdminIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void countedStockSellsAndACountNeverGoesUnderWhatOrdersHold() {
        var sku = "CNT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        jdbc.sql("INSERT INTO catalog_product (sku, name) VALUES (?, 'Counted lamp')").param(sku).update();
        jdbc.sql("INSERT INTO catalog_price (sku, currency, unit_price_minor) VALUES (?, 'EUR', 3000)").param(sku).update();
        var http = new Http(port);

        var counted = http.send("PUT", "/api/v1/admin/stock", "{\"counts\": [{\"location\": \"MAIN\", \"sku\": \"" + sku + "\", \"onHand\": 4}]}");
        assertThat(counted.status()).as(counted.body()).isEqualTo(200);
        assertThat(counted.json().at("/0/available").asInt()).isEqualTo(4);

        var placed = http.postJson("/api/v1/orders", Http.orderJson("count-" + sku, "EUR",
                "[{\"sku\": \"" + sku + "\", \"quantity\": 3}]", "tok_approve"));
        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        assertThat(http.get("/api/v1/admin/stock/" + sku).json().at("/0/reserved").asInt()).isEqualTo(3);

        var under = http.send("PUT", "/api/v1/admin/stock", """
                {"counts": [{"location": "WEST", "sku": "%s", "onHand": 7}, {"location": "MAIN", "sku": "%s", "onHand": 2}]}"""
                .formatted(sku, sku));
        assertThat(under.status()).isEqualTo(409);
        assertThat(under.json().get("type").asString()).isEqualTo("urn:order-service:problem:stock-count-refused");
        assertThat(under.json().get("detail").asString()).contains("3 unit(s) are held for orders");
        assertThat(http.get("/api/v1/admin/stock/" + sku).json().size()).as("all or nothing: WEST not counted").isEqualTo(1);

        assertThat(http.send("PUT", "/api/v1/admin/stock", "{\"counts\": [{\"location\": \"NOWHERE\", \"sku\": \"" + sku
                + "\", \"onHand\": 1}]}").status()).isEqualTo(422);
        var both = http.send("PUT", "/api/v1/admin/stock", """
                {"counts": [{"location": "WEST", "sku": "%s", "onHand": 7}, {"location": "MAIN", "sku": "%s", "onHand": 3}]}"""
                .formatted(sku, sku));
        assertThat(both.status()).isEqualTo(200);
        assertThat(http.get("/api/v1/admin/stock/" + sku).json().valueStream()
                .map(level -> level.get("location").asString() + " " + level.get("onHand").asInt() + "/" + level.get("reserved").asInt()
                        + " " + level.get("available").asInt()).toList())
                .containsExactly("MAIN 3/3 0", "WEST 7/0 7");

        // Receipts that together would hold more than the on-hand count can: refused, nothing booked in (issue 17, 5).
        var receipt = "{\"location\": \"WEST\", \"sku\": \"" + sku + "\", \"units\": 100000000}";
        var overflowing = http.postJson("/api/v1/admin/stock/receipts", "{\"receipts\": ["
                + String.join(", ", java.util.Collections.nCopies(22, receipt)) + "]}");
        assertThat(overflowing.status()).as(overflowing.body()).isEqualTo(422);
        assertThat(http.get("/api/v1/admin/stock/" + sku).json().at("/1/onHand").asInt()).isEqualTo(7);
    }
}
