package io.orderservice.ordering;

import static io.orderservice.support.Http.orderJson;
import static io.orderservice.support.KafkaRecords.documentedFields;
import static io.orderservice.support.KafkaRecords.fieldNames;
import static io.orderservice.support.KafkaRecords.header;
import static org.assertj.core.api.Assertions.assertThat;

import io.orderservice.support.Http;
import io.orderservice.support.KafkaRecords;
import io.orderservice.support.OrderServiceIntegrationTest;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * With Kafka switched on, an order's events leave through the outbox to a real (embedded) broker:
 * one topic (created by the service), keyed by order id, CloudEvents headers, the versioned integration
 * payload with a per-order sequence.
 */
@OrderServiceIntegrationTest
@EmbeddedKafka
@TestPropertySource(properties = {
        "spring.modulith.events.externalization.enabled=true",
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}"})
class OrderEventsKafkaIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    EmbeddedKafkaBroker broker;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired
    io.orderservice.ordering.application.port.in.CompleteDeliveredOrdersUseCase completion;

    @Test
    void aPlacedOrdersEventsArePublishedInOrderKeyedByOrderId() {
        var id = new Http(port).postJson("/api/v1/orders", orderJson("customer-kafka", "EUR", """
                [{"sku": "MUG-CLASSIC", "quantity": 2}]""", "tok_approve")).json().get("id").asString();

        var records = recordsFor(id, 2);
        records.sort(java.util.Comparator.comparingInt(record -> JSON.readTree(record.value()).get("sequence").asInt()));

        assertThat(records).extracting(ConsumerRecord::key).containsOnly(id);
        assertThat(records).extracting(ConsumerRecord::partition).as("one partition per order").hasSameSizeAs(records)
                .containsOnly(records.get(0).partition());
        assertThat(records).extracting(record -> header(record, "ce_type"))
                .containsExactly("order.placed.v1", "order.status-changed.v1");
        var placed = records.get(0);
        assertThat(header(placed, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(placed, "ce_source")).isEqualTo("/order-service");
        assertThat(header(placed, "ce_subject")).isEqualTo(id);
        assertThat(header(placed, "ce_id")).isNotBlank();

        var payload = JSON.readTree(placed.value());
        assertThat(payload.get("orderId").asString()).isEqualTo(id);
        assertThat(payload.get("sequence").asInt()).isZero();
        assertThat(payload.get("customerId").asString()).isEqualTo("customer-kafka");
        assertThat(payload.at("/grandTotal/amount").asString()).isEqualTo("35.94"); // 25.00 + 4.95 shipping + 20 % UK VAT on both (5.99)
        assertThat(payload.at("/lines/0/sku").asString()).isEqualTo("MUG-CLASSIC");
        assertThat(payload.at("/lines/0/quantity").asInt()).isEqualTo(2);

        assertThat(fieldNames(payload)).as("order.placed.v1 as docs/asyncapi.yaml describes it")
                .isEqualTo(documentedFields("orderPlacedV1"));

        var changed = JSON.readTree(records.get(1).value());
        assertThat(fieldNames(changed)).as("order.status-changed.v1 as docs/asyncapi.yaml describes it")
                .isEqualTo(documentedFields("orderStatusChangedV1"));
        assertThat(changed.get("sequence").asInt()).isEqualTo(1);
        assertThat(changed.get("from").asString()).isEqualTo("AWAITING_PAYMENT");
        assertThat(changed.get("to").asString()).isEqualTo("PAID");
    }

    @Test
    void aModificationIsPublishedAsOrderModifiedAfterTheStatusChanges() throws Exception {
        var http = new Http(port);
        var id = http.postJson("/api/v1/orders", orderJson("customer-kafka-modify", "EUR", """
                [{"sku": "MUG-CLASSIC", "quantity": 1}]""", "tok_approve")).json().get("id").asString();
        var client = java.net.http.HttpClient.newHttpClient();
        var version = jdbc.sql("SELECT version FROM orders WHERE id = ?::uuid").param(id).query(Long.class).single();
        var put = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/api/v1/orders/" + id))
                .header("Content-Type", "application/json").header("If-Match", "\"" + version + "\"")
                .header("Authorization", io.orderservice.support.Tokens.bearer("http://localhost:" + port, io.orderservice.support.Tokens.STAFF))
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("""
                        {"shippingAddress": {"recipient": "Ada Lovelace", "line1": "12 Analytical Way", "city": "London",
                                             "postalCode": "N1 9GU", "countryCode": "GB"}, "deliveryInstructions": "ring twice"}"""))
                .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(put.statusCode()).isEqualTo(200);

        var records = recordsFor(id, 3);
        records.sort(java.util.Comparator.comparingInt(record -> JSON.readTree(record.value()).get("sequence").asInt()));

        assertThat(records).extracting(record -> header(record, "ce_type"))
                .containsExactly("order.placed.v1", "order.status-changed.v1", "order.modified.v1");
        var modified = JSON.readTree(records.get(2).value());
        assertThat(fieldNames(modified)).as("order.modified.v1 as docs/asyncapi.yaml describes it")
                .isEqualTo(documentedFields("orderModifiedV1"));
        assertThat(modified.get("sequence").asInt()).isEqualTo(2);
        assertThat(modified.get("changed").get(0).asString()).isEqualTo("deliveryInstructions");
    }

    @Test
    void aShipmentIsPublishedAsOrderShippedAndACancellationAsOrderCancelledWithTheirStatusChanges() {
        var http = new Http(port);
        var shippedId = http.postJson("/api/v1/orders", orderJson("customer-kafka-ship", "EUR", """
                [{"sku": "MUG-CLASSIC", "quantity": 1}]""", "tok_approve")).json().get("id").asString();
        assertThat(http.send("POST", "/api/v1/orders/" + shippedId + "/ship", """
                {"carrier": "own-fleet", "location": "MAIN"}""").status()).isEqualTo(200);
        var cancelledId = http.postJson("/api/v1/orders", orderJson("customer-kafka-cancel", "EUR", """
                [{"sku": "MUG-CLASSIC", "quantity": 1}]""", "tok_approve")).json().get("id").asString();
        assertThat(http.send("DELETE", "/api/v1/orders/" + cancelledId, null).status()).isEqualTo(200);

        var shipped = recordsFor(shippedId, 4).stream().filter(record -> header(record, "ce_type").equals("order.shipped.v1"))
                .map(record -> JSON.readTree(record.value())).toList();
        assertThat(shipped).singleElement().satisfies(payload -> {
            assertThat(fieldNames(payload)).as("order.shipped.v1 as docs/asyncapi.yaml describes it")
                    .isEqualTo(documentedFields("orderShippedV1"));
            assertThat(payload.get("sequence").asInt()).isEqualTo(2);
            assertThat(payload.get("complete").asBoolean()).isTrue();
            assertThat(payload.at("/lines/0/sku").asString()).isEqualTo("MUG-CLASSIC");
            assertThat(payload.get("location").asString()).isEqualTo("MAIN");
        });
        var cancelled = recordsFor(cancelledId, 4).stream().filter(record -> header(record, "ce_type").equals("order.cancelled.v1"))
                .map(record -> JSON.readTree(record.value())).toList();
        assertThat(cancelled).singleElement().satisfies(payload -> {
            assertThat(fieldNames(payload)).as("order.cancelled.v1 as docs/asyncapi.yaml describes it")
                    .isEqualTo(documentedFields("orderCancelledV1"));
            assertThat(payload.at("/releasedAmount/amount").asString()).isEqualTo("20.94"); // (12.50 + 4.95) + 20 % UK VAT
        });
    }

    @Test
    void aDropShipGroupIsSentToItsSupplierOnItsOwnTopicWhenTheOrderIsPlaced() {
        var sku = "DROP-" + java.util.UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        jdbc.sql("INSERT INTO catalog_product (sku, name) VALUES (?, 'Drop-shipped print')").param(sku).update();
        jdbc.sql("INSERT INTO catalog_price (sku, currency, unit_price_minor) VALUES (?, 'EUR', 1500)").param(sku).update();
        jdbc.sql("INSERT INTO stock_level (warehouse_code, sku, on_hand) VALUES ('SUP-PRINTS', ?, 10)").param(sku).update();
        var placed = new Http(port).postJson("/api/v1/orders", orderJson("customer-drop-ship", "EUR",
                "[{\"sku\": \"" + sku + "\", \"quantity\": 2}, {\"sku\": \"MUG-CLASSIC\", \"quantity\": 1}]", "tok_approve"));
        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        var orderId = placed.json().get("id").asString();

        var requests = records("drop-ship-requests", record -> record.value().contains(orderId), 1);

        assertThat(requests).singleElement().satisfies(record -> {
            assertThat(record.key()).isEqualTo("SUP-PRINTS");
            assertThat(header(record, "ce_type")).isEqualTo("order.drop-ship-requested.v1");
            var payload = JSON.readTree(record.value());
            assertThat(fieldNames(payload)).as("as docs/asyncapi.yaml describes it").isEqualTo(documentedFields("dropShipRequestedV1"));
            assertThat(payload.get("supplier").asString()).isEqualTo("SUP-PRINTS");
            assertThat(payload.get("lines").toString()).as("only the supplier's group, not the mug from the warehouse")
                    .isEqualTo("[{\"sku\":\"" + sku + "\",\"quantity\":2}]");
            assertThat(payload.at("/shipTo/city").asString()).isEqualTo("London");
        });
    }

    @Test
    void aCompletedOrderIsPublishedWithWhatTheCustomerKeptForReviewsAndLoyalty() {
        var http = new Http(port);
        var orderId = http.postJson("/api/v1/orders", orderJson("customer-kafka-complete", "EUR", """
                [{"sku": "MUG-CLASSIC", "quantity": 2}]""", "tok_approve")).json().get("id").asString();
        var trackingNumber = io.orderservice.support.CarrierReports.shipWithDhl(http, orderId, null);
        io.orderservice.support.CarrierReports.report(http, trackingNumber,
                io.orderservice.support.CarrierReports.event("DELIVERED", "2026-11-28T11:00:00Z"));
        jdbc.sql("UPDATE order_status_history SET occurred_at = now() - interval '30 days' WHERE order_id = ?::uuid AND action = 'DELIVER'")
                .param(orderId).update();
        completion.completeDue();

        var completed = records("order-events", record -> orderId.equals(record.key())
                && "order.completed.v1".equals(header(record, "ce_type")), 1);

        assertThat(completed).singleElement().satisfies(record -> {
            var payload = JSON.readTree(record.value());
            assertThat(fieldNames(payload)).as("as docs/asyncapi.yaml describes it").isEqualTo(documentedFields("orderCompletedV1"));
            assertThat(payload.get("customerId").asString()).isEqualTo("customer-kafka-complete");
            assertThat(payload.get("lines").toString()).isEqualTo("[{\"sku\":\"MUG-CLASSIC\",\"quantity\":2}]");
            assertThat(payload.at("/netPaid/amount").asString()).as("captured on shipment, nothing refunded").isEqualTo("35.94");
        });
    }

    private List<ConsumerRecord<String, String>> recordsFor(String orderId, int expected) {
        return records("order-events", record -> orderId.equals(record.key()), expected);
    }

    private List<ConsumerRecord<String, String>> records(String topic,
                                                         java.util.function.Predicate<ConsumerRecord<String, String>> wanted,
                                                         int expected) {
        return KafkaRecords.records(broker, topic, wanted, expected);
    }
}
