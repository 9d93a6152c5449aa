package io.orderservice.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.orderservice.support.AtOnce;
import io.orderservice.support.Http;
import io.orderservice.support.OrderServiceIntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An order whose lines are stocked in two warehouses and at a supplier, over HTTP against PostgreSQL: it is placed
 * (split, not refused), each group ships on its own with its own tracking number, the order's status follows the
 * groups, and each shipment takes its units off its location's shelf for good.
 */
@OrderServiceIntegrationTest
class SplitFulfilmentIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anOrderSplitAcrossTwoWarehousesAndASupplierShipsAndIsTrackedGroupByGroup() {
        var run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        var tee = "SPL-TEE-" + run;
        var mug = "SPL-MUG-" + run;
        var print = "SPL-PRINT-" + run;
        jdbc.sql("INSERT INTO catalog_product (sku, name) VALUES (?, 'Split tee'), (?, 'Split mug'), (?, 'Split print')")
                .params(tee, mug, print).update();
        jdbc.sql("INSERT INTO catalog_price (sku, currency, unit_price_minor) VALUES (?, 'EUR', 2000), (?, 'EUR', 1000), (?, 'EUR', 500)")
                .params(tee, mug, print).update();
        jdbc.sql("INSERT INTO stock_level (warehouse_code, sku, on_hand) VALUES ('MAIN', ?, 5), ('WEST', ?, 5), ('SUP-PRINTS', ?, 5)")
                .params(tee, mug, print).update();
        var http = new Http(port);

        var placed = http.postJson("/api/v1/orders", Http.orderJson("split-" + run, "EUR", """
                [{"sku": "%s", "quantity": 2}, {"sku": "%s", "quantity": 1}, {"sku": "%s", "quantity": 3}]"""
                .formatted(tee, mug, print), "tok_approve"));
        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        assertThat(placed.json().get("status").asString()).isEqualTo("PAID");
        var id = placed.json().get("id").asString();

        var fulfilment = http.get("/api/v1/orders/" + id + "/fulfilment").json();
        assertThat(fulfilment.get("groups").valueStream().map(group -> group.get("location").asString() + " "
                + group.at("/lines/0/sku").asString() + " x" + group.at("/lines/0/quantity").asInt() + " "
                + (group.get("dropShip").asBoolean() ? "drop-ship" : "warehouse")).toList())
                .containsExactly("MAIN " + tee + " x2 warehouse", "SUP-PRINTS " + print + " x3 drop-ship", "WEST " + mug + " x1 warehouse");

        var fromMain = ship(http, id, "{\"carrier\": \"dhl\", \"trackingNumber\": \"JD0146000062" + 81 + "\", \"location\": \"MAIN\"}");
        assertThat(fromMain.json().get("status").asString()).isEqualTo("PARTIALLY_SHIPPED");
        var fromSupplier = ship(http, id, "{\"carrier\": \"ups\", \"trackingNumber\": \"1Z999AA10123456784\", \"location\": \"SUP-PRINTS\"}");
        assertThat(fromSupplier.json().get("status").asString()).isEqualTo("PARTIALLY_SHIPPED");
        var nothingThere = http.send("POST", "/api/v1/orders/" + id + "/ship",
                "{\"carrier\": \"own-fleet\", \"location\": \"MAIN\"}");
        assertThat(nothingThere.status()).as("everything held at MAIN has shipped").isEqualTo(422);
        var fromWest = ship(http, id, "{\"carrier\": \"own-fleet\", \"location\": \"WEST\"}");
        assertThat(fromWest.json().get("status").asString()).isEqualTo("SHIPPED");

        var groups = http.get("/api/v1/orders/" + id + "/fulfilment").json().get("groups");
        assertThat(groups.valueStream().map(group -> group.get("location").asString() + " " + group.get("shipped").asBoolean()
                + " " + group.at("/shipments/0/carrier").asString() + " " + group.at("/shipments/0/trackingNumber").asString()
                .substring(0, 2)).toList())
                .containsExactly("MAIN true dhl JD", "SUP-PRINTS true ups 1Z", "WEST true own-fleet OS");
        await().atMost(Duration.ofSeconds(20)).until(() -> shelf(tee, "MAIN").equals("3/0") && shelf(mug, "WEST").equals("4/0")
                && shelf(print, "SUP-PRINTS").equals("2/0"));
        assertThat(jdbc.sql("SELECT string_agg(DISTINCT status, ',') FROM stock_reservation WHERE order_id = ?::uuid")
                .param(id).query(String.class).single()).isEqualTo("COMMITTED");
    }

    /**
     * Both requests pass the first check (nothing has left MAIN yet) and the order has units left for both; only the
     * second check, with the order's fulfilment held, sees that MAIN's units have gone already.
     */
    @Test
    void twoShipmentsOfTheSameLocationsUnitsAtOnceShipThemOnce() throws Exception {
        var run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        var tee = "SPL-RACE-" + run;
        jdbc.sql("INSERT INTO catalog_product (sku, name) VALUES (?, 'Raced tee')").param(tee).update();
        jdbc.sql("INSERT INTO catalog_price (sku, currency, unit_price_minor) VALUES (?, 'EUR', 2000)").param(tee).update();
        jdbc.sql("INSERT INTO stock_level (warehouse_code, sku, on_hand) VALUES ('MAIN', ?, 2), ('WEST', ?, 2)")
                .params(tee, tee).update();
        var http = new Http(port);
        var placed = http.postJson("/api/v1/orders", Http.orderJson("race-" + run, "EUR", """
                [{"sku": "%s", "quantity": 4}]""".formatted(tee), "tok_approve"));
        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        var id = placed.json().get("id").asString();

        var fromMain = "{\"carrier\": \"own-fleet\", \"location\": \"MAIN\", \"lines\": [{\"lineNumber\": 1, \"quantity\": 2}]}";
        var answers = AtOnce.post(http, "/api/v1/orders/" + id + "/ship", List.of(fromMain, fromMain), 2);

        assertThat(answers.stream().map(Http.Response::status).sorted().toList()).as(answers.toString()).containsExactly(200, 422);
        assertThat(jdbc.sql("""
                        SELECT coalesce(sum(l.quantity), 0) FROM order_shipment s JOIN order_shipment_line l ON l.shipment_id = s.id
                        WHERE s.order_id = ?::uuid AND s.location = 'MAIN'""").param(id).query(Integer.class).single())
                .isEqualTo(2);
        assertThat(jdbc.sql("SELECT shipped_quantity FROM order_lines WHERE order_id = ?::uuid").param(id).query(Integer.class)
                .single()).isEqualTo(2);
        var fromWest = ship(http, id, "{\"carrier\": \"own-fleet\", \"location\": \"WEST\"}");
        assertThat(fromWest.json().get("status").asString()).isEqualTo("SHIPPED");
    }

    private static Http.Response ship(Http http, String orderId, String body) {
        var response = http.send("POST", "/api/v1/orders/" + orderId + "/ship", body);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response;
    }

    private String shelf(String sku, String location) {
        return jdbc.sql("SELECT on_hand || '/' || reserved FROM stock_level WHERE sku = ? AND warehouse_code = ?")
                .params(sku, location).query(String.class).single();
    }
}
