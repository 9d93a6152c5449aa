package io.orderservice.inventory;

import static io.orderservice.support.Http.orderJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.orderservice.support.Http;
import io.orderservice.support.OrderServiceIntegrationTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A warehouse that cannot find what it holds for an order, over HTTP against PostgreSQL: the group splits again to a
 * location that has the units, the rest is backordered when the SKU allows it, and otherwise given up — taken off the
 * order before its payment was captured, refunded after — and the order stops waiting for it.
 */
@OrderServiceIntegrationTest
class ShortPickIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void missingUnitsAreHeldElsewhereAndTheRestBackorderedThenShipAfterARestock() {
        var http = new Http(port);
        var sku = product("SPLIT", 1500);
        stock("MAIN", sku, 3);
        stock("WEST", sku, 1);
        http.send("PUT", "/api/v1/admin/stock-items/" + sku, "{\"backorderable\": true}");
        var orderId = place(http, "[{\"sku\": \"" + sku + "\", \"quantity\": 3}]", "PAID");

        var report = shortPick(http, orderId, "MAIN", 1, 2);

        assertThat(report.status()).as(report.body()).isEqualTo(200);
        assertThat(report.json().get("status").asString()).isEqualTo("BACKORDERED");
        assertThat(report.json().get("reallocated").toString()).isEqualTo("[{\"location\":\"WEST\",\"units\":1}]");
        assertThat(report.json().get("backordered").asInt()).isEqualTo(1);
        assertThat(report.json().get("givenUp").asInt()).isZero();
        assertThat(level("MAIN", sku)).as("the 2 it could not find are off its count").isEqualTo("1/1");
        assertThat(level("WEST", sku)).isEqualTo("1/1");
        var fulfilment = http.get("/api/v1/orders/" + orderId + "/fulfilment").json();
        assertThat(fulfilment.get("groups").size()).isEqualTo(2);
        assertThat(fulfilment.at("/backorders/0/waiting").asInt()).isEqualTo(1);
        assertThat(http.get("/api/v1/orders/" + orderId + "/notes?visibility=INTERNAL").body())
                .contains("Short pick at MAIN: 2", "1 now held at WEST", "1 backordered");

        ship(http, orderId, "MAIN");
        assertThat(ship(http, orderId, "WEST")).isEqualTo("PARTIALLY_SHIPPED");
        http.postJson("/api/v1/admin/stock/receipts", "{\"receipts\": [{\"location\": \"MAIN\", \"sku\": \"" + sku + "\", \"units\": 4}]}");
        await().atMost(Duration.ofSeconds(20)).until(() -> http.get("/api/v1/orders/" + orderId + "/fulfilment").json()
                .at("/backorders/0/waiting").asInt() == 0);
        assertThat(ship(http, orderId, "MAIN")).isEqualTo("SHIPPED");
    }

    @Test
    void unitsNoOneHasAreTakenOffTheOrderBeforeCaptureSoTheCustomerPaysLess() {
        var http = new Http(port);
        var sku = product("GONE", 1000);
        stock("MAIN", sku, 2);
        var orderId = place(http, "[{\"sku\": \"" + sku + "\", \"quantity\": 2}, {\"sku\": \"MUG-CLASSIC\", \"quantity\": 1}]", "PAID");
        var totalBefore = grandTotal(http, orderId);

        var report = shortPick(http, orderId, "MAIN", 1, 1);

        assertThat(report.status()).as(report.body()).isEqualTo(200);
        assertThat(report.json().get("givenUp").asInt()).isEqualTo(1);
        var order = http.get("/api/v1/orders/" + orderId).json();
        assertThat(order.get("status").asString()).isEqualTo("PAID");
        assertThat(order.at("/lines/0/quantity").asInt()).as("the customer no longer pays for it").isEqualTo(1);
        var totalAfter = grandTotal(http, orderId);
        assertThat(totalAfter).isLessThan(totalBefore);

        assertThat(ship(http, orderId, null)).isEqualTo("SHIPPED");
        await().atMost(Duration.ofSeconds(20)).until(() -> !http.get("/api/v1/orders/" + orderId).json()
                .at("/payment/captured/amount").asString().equals("0.00"));
        assertThat(http.get("/api/v1/orders/" + orderId).json().at("/payment/captured/amount").asString())
                .as("the smaller total is captured").isEqualTo(totalAfter.toPlainString());
    }

    @Test
    void unitsNoOneHasAfterPartOfTheOrderShippedAreRefundedAndTheOrderIsShipped() {
        var http = new Http(port);
        var sku = product("LOST", 1000);
        stock("MAIN", sku, 2);
        var orderId = place(http, "[{\"sku\": \"MUG-CLASSIC\", \"quantity\": 1}, {\"sku\": \"" + sku + "\", \"quantity\": 2}]", "PAID");
        var shipped = http.send("POST", "/api/v1/orders/" + orderId + "/ship", """
                {"carrier": "own-fleet", "lines": [{"lineNumber": 1, "quantity": 1}]}""");
        assertThat(shipped.json().get("status").asString()).isEqualTo("PARTIALLY_SHIPPED");
        await().atMost(Duration.ofSeconds(20)).until(() -> !http.get("/api/v1/orders/" + orderId).json()
                .at("/payment/captured/amount").asString().equals("0.00"));

        var report = shortPick(http, orderId, "MAIN", 2, 2);

        assertThat(report.status()).as(report.body()).isEqualTo(200);
        assertThat(report.json().get("status").asString()).as("nothing is left to ship").isEqualTo("SHIPPED");
        var refunds = http.get("/api/v1/orders/" + orderId + "/refunds").json();
        assertThat(refunds.toString()).contains("will-not-ship");
        assertThat(level("MAIN", sku)).isEqualTo("0/0");
    }

    @Test
    void aLocationCannotReportMoreThanItHoldsAndNothingChanges() {
        var http = new Http(port);
        var sku = product("FEW", 1000);
        stock("MAIN", sku, 5);
        var orderId = place(http, "[{\"sku\": \"" + sku + "\", \"quantity\": 2}]", "PAID");

        var refused = shortPick(http, orderId, "MAIN", 1, 3);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(level("MAIN", sku)).isEqualTo("5/2");
        assertThat(shortPick(http, orderId, "WEST", 1, 1).status()).as("nothing held there").isEqualTo(422);
    }

    private Http.Response shortPick(Http http, String orderId, String location, int lineNumber, int missing) {
        return http.send("POST", "/api/v1/orders/" + orderId + "/short-picks", """
                {"location": "%s", "lineNumber": %d, "missing": %d, "reason": "bin empty"}"""
                .formatted(location, lineNumber, missing));
    }

    private static String ship(Http http, String orderId, String location) {
        var body = location == null ? "{\"carrier\": \"own-fleet\"}"
                : "{\"carrier\": \"own-fleet\", \"location\": \"" + location + "\"}";
        var shipped = http.send("POST", "/api/v1/orders/" + orderId + "/ship", body);
        assertThat(shipped.status()).as(shipped.body()).isEqualTo(200);
        return shipped.json().get("status").asString();
    }

    private static String place(Http http, String lines, String status) {
        var placed = http.postJson("/api/v1/orders", orderJson("customer-short-pick", "EUR", lines, "tok_approve"));
        assertThat(placed.json().get("status").asString()).as(placed.body()).isEqualTo(status);
        return placed.json().get("id").asString();
    }

    private static java.math.BigDecimal grandTotal(Http http, String orderId) {
        return new java.math.BigDecimal(http.get("/api/v1/orders/" + orderId).json().at("/totals/grandTotal/amount").asString());
    }

    private String product(String prefix, long priceMinor) {
        var sku = prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        jdbc.sql("INSERT INTO catalog_product (sku, name) VALUES (?, 'Hard to find')").param(sku).update();
        jdbc.sql("INSERT INTO catalog_price (sku, currency, unit_price_minor) VALUES (?, 'EUR', ?)").params(sku, priceMinor).update();
        return sku;
    }

    private void stock(String location, String sku, int units) {
        jdbc.sql("INSERT INTO stock_level (warehouse_code, sku, on_hand) VALUES (?, ?, ?)").params(location, sku, units).update();
    }

    private String level(String location, String sku) {
        return jdbc.sql("SELECT on_hand || '/' || reserved FROM stock_level WHERE warehouse_code = ? AND sku = ?")
                .params(location, sku).query(String.class).single();
    }
}
