package io.orderservice.inventory;

import static io.orderservice.support.Http.orderJson;
import static io.orderservice.support.KafkaRecords.documentedFields;
import static io.orderservice.support.KafkaRecords.fieldNames;
import static io.orderservice.support.KafkaRecords.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.orderservice.support.Http;
import io.orderservice.support.KafkaRecords;
import io.orderservice.support.OrderServiceIntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Backorders end to end, over HTTP and a real (embedded) broker: an order takes more of a backorderable SKU than
 * anyone has, ships what is there, its customer is told (created, delayed, filled) on the notification topic, and a
 * warehouse system's restock event on the inventory topic fills the backorder, so the rest ships.
 */
@OrderServiceIntegrationTest
@EmbeddedKafka(topics = "inventory-events", partitions = 1)
@TestPropertySource(properties = {
        "spring.modulith.events.externalization.enabled=true",
        "order-service.messaging.inventory-events.enabled=true",
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
        "spring.kafka.consumer.auto-offset-reset=earliest"})
class BackordersIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    EmbeddedKafkaBroker broker;
    @Autowired
    JdbcClient jdbc;

    @Test
    void availableLinesShipWhileTheBackorderWaitsAndARestockEventFillsIt() {
        var http = new Http(port);
        var sku = newProduct("SOON");
        var policy = http.send("PUT", "/api/v1/admin/stock-items/" + sku, """
                {"backorderable": true, "restockExpected": "2026-12-10"}""");
        assertThat(policy.status()).as(policy.body()).isEqualTo(200);

        var placed = http.postJson("/api/v1/orders", orderJson("customer-backorder", "EUR",
                "[{\"sku\": \"" + sku + "\", \"quantity\": 2}, {\"sku\": \"MUG-CLASSIC\", \"quantity\": 1}]", "tok_approve"));
        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        assertThat(placed.json().get("status").asString()).as("paid, with units waiting").isEqualTo("BACKORDERED");
        var orderId = placed.json().get("id").asString();

        var fulfilment = http.get("/api/v1/orders/" + orderId + "/fulfilment").json();
        assertThat(fulfilment.at("/groups/0/location").asString()).isEqualTo("MAIN");
        assertThat(fulfilment.at("/groups/0/lines").size()).as("only the mug is on a shelf").isEqualTo(1);
        assertThat(fulfilment.at("/backorders/0/sku").asString()).isEqualTo(sku);
        assertThat(fulfilment.at("/backorders/0/waiting").asInt()).isEqualTo(2);
        assertThat(fulfilment.at("/backorders/0/restockExpected").asString()).isEqualTo("2026-12-10");

        var created = notification(orderId, "order.backorder-created.v1");
        assertThat(fieldNames(created)).as("as docs/asyncapi.yaml describes it").isEqualTo(documentedFields("backorderCreatedV1"));
        assertThat(created.get("waiting").toString())
                .isEqualTo("[{\"sku\":\"" + sku + "\",\"quantity\":2,\"restockExpected\":\"2026-12-10\"}]");

        // Issue 17, item 11: naming the backordered line does not let its units leave before the restock.
        var tooSoon = http.send("POST", "/api/v1/orders/" + orderId + "/ship", """
                {"carrier": "own-fleet", "lines": [{"lineNumber": 1, "quantity": 2}]}""");
        assertThat(tooSoon.status()).as(tooSoon.body()).isEqualTo(422);
        assertThat(http.get("/api/v1/orders/" + orderId).json().get("status").asString()).isEqualTo("BACKORDERED");

        var shipped = http.send("POST", "/api/v1/orders/" + orderId + "/ship", """
                {"carrier": "own-fleet"}""");
        assertThat(shipped.status()).as(shipped.body()).isEqualTo(200);
        assertThat(shipped.json().get("status").asString()).as("what is in stock left; the backorder waits")
                .isEqualTo("PARTIALLY_SHIPPED");

        assertThat(http.send("PUT", "/api/v1/admin/stock-items/" + sku, """
                {"backorderable": true, "restockExpected": "2026-12-20"}""").json().get("unitsWaiting").asInt()).isEqualTo(2);
        var delayed = notification(orderId, "order.backorder-delayed.v1");
        assertThat(fieldNames(delayed)).isEqualTo(documentedFields("backorderDelayedV1"));
        assertThat(delayed.get("previouslyExpected").asString()).isEqualTo("2026-12-10");
        assertThat(delayed.at("/waiting/restockExpected").asString()).isEqualTo("2026-12-20");

        var firstDelivery = stockReceived("MAIN", sku, 1);
        KafkaRecords.publish(broker, "inventory-events", sku, firstDelivery);
        KafkaRecords.publish(broker, "inventory-events", sku, firstDelivery); // redelivered: applied once
        await().atMost(Duration.ofSeconds(30)).until(() -> filled(orderId) == 1);
        KafkaRecords.publish(broker, "inventory-events", sku, stockReceived("MAIN", sku, 5));
        await().atMost(Duration.ofSeconds(30)).until(() -> filled(orderId) == 2);

        var filled = notification(orderId, "order.backorder-filled.v1");
        assertThat(fieldNames(filled)).isEqualTo(documentedFields("backorderFilledV1"));
        assertThat(filled.get("quantity").asInt()).isEqualTo(2);
        assertThat(filled.get("stillWaiting").asBoolean()).isFalse();
        assertThat(level("MAIN", sku)).as("6 received once each, 2 of them the order's").isEqualTo("6/2");

        var rest = http.send("POST", "/api/v1/orders/" + orderId + "/ship", """
                {"carrier": "own-fleet", "location": "MAIN"}""");
        assertThat(rest.status()).as(rest.body()).isEqualTo(200);
        assertThat(rest.json().get("status").asString()).isEqualTo("SHIPPED");
        await().atMost(Duration.ofSeconds(20)).until(() -> level("MAIN", sku).equals("4/0"));
    }

    @Test
    void aCancelledOrderLeavesTheQueueAndTheRestockGoesToTheNextInLine() {
        var http = new Http(port);
        var sku = newProduct("NEXT");
        http.send("PUT", "/api/v1/admin/stock-items/" + sku, "{\"backorderable\": true}");
        var first = placeBackordered(http, sku, "customer-first");
        var second = placeBackordered(http, sku, "customer-second");
        assertThat(http.send("DELETE", "/api/v1/orders/" + first, null).status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                "SELECT status FROM stock_backorder WHERE order_id = ?::uuid").param(first).query(String.class).single().equals("RELEASED"));

        var receipt = http.postJson("/api/v1/admin/stock/receipts", """
                {"receipts": [{"location": "WEST", "sku": "%s", "units": 1}]}""".formatted(sku));
        assertThat(receipt.status()).as(receipt.body()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(20)).until(() -> status(http, second).equals("PAID"));
        assertThat(filled(second)).isEqualTo(1);
        assertThat(level("WEST", sku)).isEqualTo("1/1");
        assertThat(http.get("/api/v1/orders/" + second + "/fulfilment").json().at("/groups/0/location").asString())
                .as("held where it arrived").isEqualTo("WEST");
    }

    @Test
    void aBackorderedOrderWhoseCustomerDropsTheWaitingLineIsReadyToShipAgain() {
        var http = new Http(port);
        var sku = newProduct("DROP");
        http.send("PUT", "/api/v1/admin/stock-items/" + sku, "{\"backorderable\": true}");
        var placed = http.postJson("/api/v1/orders", orderJson("customer-drops-backorder", "EUR",
                "[{\"sku\": \"" + sku + "\", \"quantity\": 1}, {\"sku\": \"MUG-CLASSIC\", \"quantity\": 1}]", "tok_approve"));
        assertThat(placed.json().get("status").asString()).isEqualTo("BACKORDERED");
        var orderId = placed.json().get("id").asString();

        var dropped = http.send("DELETE", "/api/v1/orders/" + orderId + "/items/1", null, "If-Match",
                http.get("/api/v1/orders/" + orderId).etag());

        assertThat(dropped.status()).as(dropped.body()).isEqualTo(200);
        assertThat(dropped.json().get("status").asString()).as("nothing waits any more").isEqualTo("PAID");
        assertThat(jdbc.sql("SELECT status FROM stock_backorder WHERE order_id = ?::uuid").param(orderId).query(String.class).single())
                .isEqualTo("RELEASED");
    }

    @Test
    void anInventoryEventThatIsNotOneGoesToTheDeadLetterTopicAsItCame() {
        var garbage = "{\"eventId\": \"" + UUID.randomUUID() + "\", \"type\": \"stock.teleported.v1\", \"location\": \"MAIN\", "
                + "\"sku\": \"MUG-CLASSIC\", \"quantity\": 3}";
        KafkaRecords.publish(broker, "inventory-events", "MUG-CLASSIC", garbage);

        var dead = KafkaRecords.records(broker, "inventory-events.DLT", record -> garbage.equals(record.value()), 1);

        assertThat(dead).as("on the dead-letter topic, unchanged").hasSize(1);
        assertThat(header(dead.get(0), "kafka_dlt-exception-message")).contains("unknown inventory event type");
    }

    @Test
    void aSkuThatMayNotBeBackorderedIsStillRefusedWhenShort() {
        var http = new Http(port);
        var sku = newProduct("NEVER");
        var refused = http.postJson("/api/v1/orders", orderJson("customer-no-backorder", "EUR",
                "[{\"sku\": \"" + sku + "\", \"quantity\": 1}]", "tok_approve"));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("type").asString()).isEqualTo("urn:order-service:problem:insufficient-stock");
        assertThat(jdbc.sql("SELECT count(*) FROM stock_backorder WHERE sku = ?").param(sku).query(Integer.class).single()).isZero();
    }

    private String placeBackordered(Http http, String sku, String customer) {
        var placed = http.postJson("/api/v1/orders", orderJson(customer, "EUR", "[{\"sku\": \"" + sku + "\", \"quantity\": 1}]",
                "tok_approve"));
        assertThat(placed.json().get("status").asString()).as(placed.body()).isEqualTo("BACKORDERED");
        return placed.json().get("id").asString();
    }

    private String newProduct(String prefix) {
        var sku = prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        jdbc.sql("INSERT INTO catalog_product (sku, name) VALUES (?, 'Coming soon')").param(sku).update();
        jdbc.sql("INSERT INTO catalog_price (sku, currency, unit_price_minor) VALUES (?, 'EUR', 2000)").param(sku).update();
        return sku;
    }

    private static String stockReceived(String location, String sku, int units) {
        return """
                {"eventId": "%s", "type": "stock.received.v1", "location": "%s", "sku": "%s", "quantity": %d,
                 "occurredAt": "2026-11-28T10:00:00Z"}""".formatted(UUID.randomUUID(), location, sku, units);
    }

    private int filled(String orderId) {
        return jdbc.sql("SELECT coalesce(sum(filled), 0)::int FROM stock_backorder WHERE order_id = ?::uuid").param(orderId)
                .query(Integer.class).single();
    }

    private String level(String location, String sku) {
        return jdbc.sql("SELECT on_hand || '/' || reserved FROM stock_level WHERE warehouse_code = ? AND sku = ?")
                .params(location, sku).query(String.class).single();
    }

    private static String status(Http http, String orderId) {
        return http.get("/api/v1/orders/" + orderId + "/status").json().get("status").asString();
    }

    private JsonNode notification(String orderId, String type) {
        List<ConsumerRecord<String, String>> found = KafkaRecords.records(broker, "customer-notifications",
                record -> orderId.equals(record.key()) && type.equals(header(record, "ce_type")), 1);
        assertThat(found).as(type).hasSize(1);
        return JSON.readTree(found.get(0).value());
    }
}
