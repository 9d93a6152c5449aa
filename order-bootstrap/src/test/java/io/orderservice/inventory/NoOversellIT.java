package io.orderservice.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.orderservice.support.AtOnce;
import io.orderservice.support.Http;
import io.orderservice.support.OrderServiceIntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 200 customers order the same SKU at once, 50 units on the shelf, over HTTP against PostgreSQL: exactly 50 orders
 * hold a unit, the other 150 are refused with a problem naming the shortage, and the shelf never goes below zero.
 */
@OrderServiceIntegrationTest
class NoOversellIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void twoHundredPlacementsForFiftyUnitsReserveExactlyFifty() throws Exception {
        var sku = "RUSH-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        jdbc.sql("INSERT INTO catalog_product (sku, name) VALUES (?, 'Limited sneaker')").param(sku).update();
        jdbc.sql("INSERT INTO catalog_price (sku, currency, unit_price_minor) VALUES (?, 'EUR', 9900)").param(sku).update();
        jdbc.sql("INSERT INTO stock_level (warehouse_code, sku, on_hand) VALUES ('MAIN', ?, 50)").param(sku).update();
        var http = new Http(port);

        var responses = placeAtOnce(http, sku, 200);

        var ids = responses.stream().map(response -> response.json().get("orderId") != null
                ? response.json().get("orderId").asString() : response.json().get("id").asString()).toList();
        await().atMost(Duration.ofSeconds(60)).until(() -> ids.stream().allMatch(id -> settled(http, id)));
        var statuses = ids.stream().map(id -> http.get("/api/v1/orders/" + id + "/status").json().get("status").asString()).toList();
        assertThat(statuses.stream().filter("PAID"::equals).count()).isEqualTo(50);
        assertThat(statuses.stream().filter("REJECTED"::equals).count()).isEqualTo(150);
        var refusedAtOnce = responses.stream().filter(response -> response.status() == 409).toList();
        assertThat(refusedAtOnce).as("those answered at once name the shortage").allSatisfy(response -> {
            assertThat(response.json().get("type").asString()).isEqualTo("urn:order-service:problem:insufficient-stock");
            assertThat(response.json().at("/shortages/0/sku").asString()).isEqualTo(sku);
        });
        assertThat(responses).extracting(Http.Response::status).allSatisfy(status -> assertThat(status).isIn(201, 202, 409));

        assertThat(jdbc.sql("SELECT on_hand || '/' || reserved FROM stock_level WHERE sku = ?").param(sku).query(String.class)
                .single()).isEqualTo("50/50");
        assertThat(jdbc.sql("SELECT coalesce(sum(quantity), 0) FROM stock_reservation WHERE sku = ? AND status IN ('HELD', 'ALLOCATED')")
                .param(sku).query(Integer.class).single()).isEqualTo(50);
    }

    /**
     * The same rush for a SKU that may be backordered: nobody is refused, exactly 50 orders hold a unit and 150 wait,
     * first come first served — a restock of 30 goes to the 30 who waited longest, and only those move on to PAID.
     */
    @Test
    void aBackorderableSkuTakesEveryOrderAndARestockServesTheOldestBackordersFirst() throws Exception {
        var sku = "PREORDER-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        jdbc.sql("INSERT INTO catalog_product (sku, name) VALUES (?, 'Console, first batch')").param(sku).update();
        jdbc.sql("INSERT INTO catalog_price (sku, currency, unit_price_minor) VALUES (?, 'EUR', 9900)").param(sku).update();
        jdbc.sql("INSERT INTO stock_level (warehouse_code, sku, on_hand) VALUES ('MAIN', ?, 50)").param(sku).update();
        var http = new Http(port);
        assertThat(http.send("PUT", "/api/v1/admin/stock-items/" + sku, "{\"backorderable\": true}").status()).isEqualTo(200);

        var responses = placeAtOnce(http, sku, 200);

        assertThat(responses).extracting(Http.Response::status).allSatisfy(status -> assertThat(status).isIn(201, 202));
        var ids = responses.stream().map(response -> response.json().get("id").asString()).toList();
        await().atMost(Duration.ofSeconds(60)).until(() -> ids.stream().allMatch(id -> settled(http, id)));
        assertThat(statuses(http, ids)).containsEntry("PAID", 50L).containsEntry("BACKORDERED", 150L).hasSize(2);
        assertThat(jdbc.sql("SELECT on_hand || '/' || reserved FROM stock_level WHERE sku = ?").param(sku).query(String.class)
                .single()).isEqualTo("50/50");
        var queue = jdbc.sql("SELECT order_id::text FROM stock_backorder WHERE sku = ? AND status = 'WAITING' ORDER BY id")
                .param(sku).query(String.class).list();
        assertThat(queue).hasSize(150);

        var restock = http.postJson("/api/v1/admin/stock/receipts",
                "{\"receipts\": [{\"location\": \"MAIN\", \"sku\": \"" + sku + "\", \"units\": 30}]}");
        assertThat(restock.status()).as(restock.body()).isEqualTo(200);

        var firstInLine = queue.subList(0, 30);
        await().atMost(Duration.ofSeconds(60)).until(() -> firstInLine.stream().allMatch(id -> status(http, id).equals("PAID")));
        assertThat(statuses(http, ids)).containsEntry("PAID", 80L).containsEntry("BACKORDERED", 120L);
        assertThat(jdbc.sql("SELECT order_id::text FROM stock_backorder WHERE sku = ? AND status = 'FILLED' ORDER BY id")
                .param(sku).query(String.class).list()).as("the 30 who waited longest").isEqualTo(firstInLine);
        assertThat(jdbc.sql("SELECT on_hand || '/' || reserved FROM stock_level WHERE sku = ?").param(sku).query(String.class)
                .single()).isEqualTo("80/80");
    }

    private static java.util.Map<String, Long> statuses(Http http, List<String> ids) {
        return ids.stream().collect(java.util.stream.Collectors.groupingBy(id -> status(http, id), java.util.stream.Collectors.counting()));
    }

    private static String status(Http http, String orderId) {
        return http.get("/api/v1/orders/" + orderId + "/status").json().get("status").asString();
    }

    private static boolean settled(Http http, String orderId) {
        var status = http.get("/api/v1/orders/" + orderId + "/status").json();
        return !status.at("/placement/inProgress").asBoolean();
    }

    private static List<Http.Response> placeAtOnce(Http http, String sku, int orders) throws Exception {
        return AtOnce.post(http, "/api/v1/orders", IntStream.range(0, orders).mapToObj(i -> Http.orderJson("rush-" + UUID.randomUUID(),
                "EUR", "[{\"sku\": \"" + sku + "\", \"quantity\": 1}]", "tok_approve")).toList(), 50);
    }
}
