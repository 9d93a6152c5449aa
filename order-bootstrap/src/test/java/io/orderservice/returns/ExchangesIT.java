package io.orderservice.returns;

import static io.orderservice.support.Http.orderJson;
import static io.orderservice.support.KafkaRecords.documentedFields;
import static io.orderservice.support.KafkaRecords.fieldNames;
import static io.orderservice.support.KafkaRecords.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.orderservice.support.CarrierReports;
import io.orderservice.support.Http;
import io.orderservice.support.KafkaRecords;
import io.orderservice.support.OrderServiceIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
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
 * Exchanges end to end over HTTP against PostgreSQL and Kafka (docs/returns.md, "Exchanges"): a shirt sent back as
 * damaged pays for other goods, a replacement order placed through the placement saga once the return is approved. A
 * cheaper replacement is paid by the return alone and the rest is refunded when the shirt arrives; a dearer one charges
 * the card only the difference. Either waits for the return before it ships; goods that cannot be had are refunded.
 * <p>
 * The figures: two shirts of 19.99 shipped to the UK for 4.95, 20 % VAT on goods and shipping, 53.92 captured. One
 * shirt back as damaged (the shop's fault) is worth 24.48 of the line and the 4.95 shipping: 29.43.
 */
@OrderServiceIntegrationTest
@EmbeddedKafka
@TestPropertySource(properties = {
        "spring.modulith.events.externalization.enabled=true",
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}"})
class ExchangesIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    EmbeddedKafkaBroker broker;
    @Autowired
    JdbcClient jdbc;

    private Http staff;
    private Http customer;
    private String customerId;

    @BeforeEach
    void callers() {
        staff = new Http(port);
        customerId = "customer-42";
        customer = Http.as(port, customerId);
    }

    @Test
    void aCheaperReplacementIsPaidByTheReturnAloneShipsWhenItArrivesAndTheRestIsRefunded() {
        var shirt = sku(1999);
        var mug = sku(999);
        var orderId = delivered("[{\"sku\": \"" + shirt + "\", \"quantity\": 2}]");

        var asked = customer.postJson(returns(orderId), exchangeRequest(shipmentOf(orderId), mug, "REFUND"));
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        assertThat(asked.json().get("status").asString()).isEqualTo("APPROVED");
        assertThat(asked.json().at("/exchange/items/0/sku").asString()).isEqualTo(mug);
        var returnId = asked.json().get("id").asString();
        var replacement = awaitReplacement(orderId, returnId);

        // 9.99 + 4.95 shipping + 20 % VAT (2.99) = 17.93: less than the 29.43 the shirt is worth, so the return pays it all
        assertThat(replacement.get("status").asString()).isEqualTo("PLACED");
        assertThat(replacement.at("/credit/amount").asString()).isEqualTo("17.93");
        var replacementId = replacement.get("orderId").asString();
        var replacementOrder = customer.get("/api/v1/orders/" + replacementId).json();
        assertThat(replacementOrder.get("status").asString()).isEqualTo("PAID");
        assertThat(replacementOrder.at("/totals/grandTotal/amount").asString()).isEqualTo("17.93");
        assertThat(replacementOrder.at("/exchange/amountDue/amount").asString()).isEqualTo("0.00");
        assertThat(replacementOrder.at("/exchange/awaitsReturn").asBoolean()).isTrue();
        assertThat(jdbc.sql("SELECT count(*) FROM payment WHERE order_id = ?::uuid").param(replacementId).query(Integer.class)
                .single()).as("the card is not charged").isZero();
        var tooEarly = staff.send("POST", "/api/v1/orders/" + replacementId + "/ship", "{\"carrier\": \"own-fleet\"}");
        assertThat(tooEarly.status()).as(tooEarly.body()).isEqualTo(409);
        assertThat(tooEarly.json().get("type").asString()).isEqualTo("urn:order-service:problem:awaits-return");

        var received = receive(orderId, returnId);
        // 29.43 less the 17.93 the replacement took
        assertThat(received.json().at("/receipt/refunded/amount").asString()).isEqualTo("11.50");
        var shipped = staff.send("POST", "/api/v1/orders/" + replacementId + "/ship", "{\"carrier\": \"own-fleet\"}");
        assertThat(shipped.status()).as(shipped.body()).isEqualTo(200);

        var events = KafkaRecords.records(broker, "return-events", record -> orderId.equals(record.key())
                && "exchange.created.v1".equals(header(record, "ce_type")), 1);
        var created = JSON.readTree(events.get(0).value());
        assertThat(fieldNames(created)).isEqualTo(documentedFields("exchangeCreatedV1"));
        assertThat(created.get("replacementOrderId").asString()).isEqualTo(replacementId);
        assertThat(created.at("/credit/amount").asString()).isEqualTo("17.93");
    }

    @Test
    void aDearerReplacementChargesTheCardOnlyTheDifferenceAndTheReturnRefundsNothing() {
        var shirt = sku(1999);
        var jacket = sku(3999);
        var orderId = delivered("[{\"sku\": \"" + shirt + "\", \"quantity\": 2}]");

        var asked = customer.postJson(returns(orderId), exchangeRequest(shipmentOf(orderId), jacket, "REFUND"));
        var returnId = asked.json().get("id").asString();
        var replacement = awaitReplacement(orderId, returnId);

        // 39.99 + 4.95 + 20 % VAT (8.99) = 53.93, of which the shirt pays 29.43 and the card 24.50
        assertThat(replacement.at("/credit/amount").asString()).isEqualTo("29.43");
        var replacementId = replacement.get("orderId").asString();
        var replacementOrder = customer.get("/api/v1/orders/" + replacementId).json();
        assertThat(replacementOrder.at("/totals/grandTotal/amount").asString()).isEqualTo("53.93");
        assertThat(replacementOrder.at("/exchange/amountDue/amount").asString()).isEqualTo("24.50");
        assertThat(jdbc.sql("SELECT amount_minor FROM payment WHERE order_id = ?::uuid").param(replacementId).query(Long.class)
                .single()).isEqualTo(2_450L);

        var received = receive(orderId, returnId);
        assertThat(received.json().at("/receipt/refunded").isNull()).as("all of it paid the replacement").isTrue();
        assertThat(staff.get("/api/v1/orders/" + orderId + "/refunds").json().size()).isZero();
        var shipped = staff.send("POST", "/api/v1/orders/" + replacementId + "/ship", "{\"carrier\": \"own-fleet\"}");
        assertThat(shipped.status()).as(shipped.body()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("SELECT captured_minor FROM payment WHERE order_id = ?::uuid")
                .param(replacementId).query(Long.class).single() == 2_450L);
    }

    @Test
    void goodsThatCannotBeHadAreRefundedInstead() {
        var shirt = sku(1999);
        var soldOut = sku(999);
        jdbc.sql("UPDATE stock_level SET on_hand = 0 WHERE sku = ?").param(soldOut).update();
        var orderId = delivered("[{\"sku\": \"" + shirt + "\", \"quantity\": 2}]");

        var asked = customer.postJson(returns(orderId), exchangeRequest(shipmentOf(orderId), soldOut, "REFUND"));
        var returnId = asked.json().get("id").asString();
        var replacement = awaitReplacement(orderId, returnId);

        assertThat(replacement.get("status").asString()).isEqualTo("REFUND_INSTEAD");
        assertThat(replacement.get("note").asString()).contains("refunded instead");
        var received = receive(orderId, returnId);
        assertThat(received.json().at("/receipt/refunded/amount").asString()).isEqualTo("29.43");
    }

    private JsonNode awaitReplacement(String orderId, String returnId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> !customer.get(returns(orderId) + "/" + returnId).json()
                .path("replacement").isNull());
        return customer.get(returns(orderId) + "/" + returnId).json().get("replacement");
    }

    private Http.Response receive(String orderId, String returnId) {
        var received = Http.as(port, "warehouse").send("POST", returns(orderId) + "/" + returnId + "/receipt",
                "{\"location\": \"MAIN\", \"lines\": [{\"lineNumber\": 1, \"restockable\": 0, \"damaged\": 1, \"refused\": 0}]}");
        assertThat(received.status()).as(received.body()).isEqualTo(200);
        return received;
    }

    private String delivered(String lines) {
        var placed = staff.postJson("/api/v1/orders", orderJson(customerId, "EUR", lines, "tok_approve"));
        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        var orderId = placed.json().get("id").asString();
        var trackingNumber = CarrierReports.shipWithDhl(staff, orderId, null);
        CarrierReports.report(staff, trackingNumber, CarrierReports.event("DELIVERED",
                Instant.now().minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS).toString()));
        await().atMost(Duration.ofSeconds(20)).until(() -> !staff.get("/api/v1/orders/" + orderId).json()
                .at("/payment/captured/amount").asString().equals("0.00"));
        return orderId;
    }

    /** A SKU of its own, priced in euros, with stock at MAIN. */
    private String sku(long priceCents) {
        var sku = "EXC-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        jdbc.sql("INSERT INTO catalog_product (sku, name) VALUES (?, 'Exchange goods')").param(sku).update();
        jdbc.sql("INSERT INTO catalog_price (sku, currency, unit_price_minor) VALUES (?, 'EUR', ?)").params(sku, priceCents).update();
        jdbc.sql("INSERT INTO stock_level (warehouse_code, sku, on_hand) VALUES ('MAIN', ?, 100)").param(sku).update();
        return sku;
    }

    private String shipmentOf(String orderId) {
        return staff.get("/api/v1/orders/" + orderId).json().at("/shipments/0/id").asString();
    }

    private static String returns(String orderId) {
        return "/api/v1/orders/" + orderId + "/returns";
    }

    private static String exchangeRequest(String shipmentId, String sku, String ifOutOfStock) {
        return """
                {"shipmentId": "%s", "lines": [{"lineNumber": 1, "quantity": 1}], "reasonCode": "damaged",
                 "exchange": {"items": [{"sku": "%s", "quantity": 1}], "ifOutOfStock": "%s", "paymentToken": "tok_approve"}}"""
                .formatted(shipmentId, sku, ifOutOfStock);
    }
}
