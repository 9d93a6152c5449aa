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
 * POST /orders/{id}/ship and /refunds over HTTP against PostgreSQL, with the sandbox gateway behind the
 * outbox: partial then complete shipments move the order and capture its payment; refunds are recorded,
 * made and settled, never beyond what was captured; illegal moves are 409 problems naming the status and
 * what is allowed, and change nothing.
 */
@OrderServiceIntegrationTest
class OrderShippingAndRefundIT {

    private static final String LINES = "[{\"sku\": \"SHP-MUG\", \"quantity\": 3}, {\"sku\": \"SHP-TEE\", \"quantity\": 1}]";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    Http http;

    @BeforeEach
    void catalog() {
        http = new Http(port);
        jdbc.sql("INSERT INTO catalog_product (sku, name) VALUES ('SHP-MUG', 'Mug'), ('SHP-TEE', 'T-shirt') ON CONFLICT DO NOTHING")
                .update();
        jdbc.sql("""
                INSERT INTO catalog_price (sku, currency, unit_price_minor) VALUES ('SHP-MUG', 'EUR', 1000), ('SHP-TEE', 'EUR', 2000)
                ON CONFLICT DO NOTHING""").update();
        jdbc.sql("""
                INSERT INTO stock_level (warehouse_code, sku, on_hand) VALUES ('MAIN', 'SHP-MUG', 100000), ('MAIN', 'SHP-TEE', 100000)
                ON CONFLICT (warehouse_code, sku) DO NOTHING""").update();
    }

    @Test
    void shipmentsMoveTheOrderAndCaptureItsPaymentAndRefundsAreMadeAndSettled() {
        var orderId = place();

        var first = http.send("POST", "/api/v1/orders/" + orderId + "/ship", """
                {"carrier": "dhl", "trackingNumber": "JD014600006281", "lines": [{"lineNumber": 1, "quantity": 2}]}""");
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.etag()).isNotNull();
        assertThat(first.json().get("status").asString()).isEqualTo("PARTIALLY_SHIPPED");
        assertThat(first.json().at("/lines/0/shippedQuantity").asInt()).isEqualTo(2);
        assertThat(first.json().at("/shipments/0/trackingUrl").asString()).endsWith("tracking-id=JD014600006281");
        assertThat(paymentStatus(orderId)).as("the money is taken before the goods leave (ADR 0025)").isEqualTo("CAPTURED");
        await().atMost(Duration.ofSeconds(20)).until(() -> !http.get("/api/v1/orders/" + orderId).json()
                .at("/payment/captured/amount").asString().equals("0.00"));

        var unknownCarrier = http.send("POST", "/api/v1/orders/" + orderId + "/ship", """
                {"carrier": "pigeon", "trackingNumber": "P1"}""");
        assertThat(unknownCarrier.status()).isEqualTo(422);
        assertThat(unknownCarrier.body()).contains("urn:order-service:problem:carrier-refused");
        var stale = http.send("POST", "/api/v1/orders/" + orderId + "/ship", """
                {"carrier": "own-fleet"}""", "If-Match", "\"0\"");
        assertThat(stale.status()).isEqualTo(412);

        // The order records its captured money through the outbox, before or after the shipment: ship from the
        // version as it is now.
        var current = http.get("/api/v1/orders/" + orderId).etag();
        var rest = http.send("POST", "/api/v1/orders/" + orderId + "/ship", """
                {"carrier": "own-fleet"}""", "If-Match", current);
        assertThat(rest.status()).isEqualTo(200);
        assertThat(rest.json().get("status").asString()).isEqualTo("SHIPPED");
        assertThat(rest.json().at("/shipments/1/trackingNumber").asString()).startsWith("OS");
        assertThat(rest.json().at("/shipments/1/lines").toString())
                .isEqualTo("[{\"lineNumber\":1,\"quantity\":1},{\"lineNumber\":2,\"quantity\":1}]");

        var tracking = http.get("/api/v1/orders/" + orderId + "/status").json();
        assertThat(tracking.at("/tracking/unitsShipped").asInt()).isEqualTo(4);
        assertThat(tracking.at("/tracking/unitsOrdered").asInt()).isEqualTo(4);
        assertThat(tracking.at("/tracking/shipments").size()).isEqualTo(2);
        assertThat(tracking.get("allowedActions").toString()).contains("DELIVER", "REFUND");

        var shipAgain = http.send("POST", "/api/v1/orders/" + orderId + "/ship", """
                {"carrier": "own-fleet"}""");
        assertThat(shipAgain.status()).isEqualTo(409);
        assertThat(shipAgain.json().get("type").asString()).isEqualTo("urn:order-service:problem:illegal-transition");
        assertThat(shipAgain.json().get("currentStatus").asString()).isEqualTo("SHIPPED");

        // 50.00 of goods + 20 % UK VAT = 60.00, shipping free from 50 EUR (free-shipping-eur-50): one mug gives back its
        // 10.00 with its 2.00 of tax, and the shipping charge was 0.00
        var refund = http.send("POST", "/api/v1/orders/" + orderId + "/refunds", """
                {"reasonCode": "damaged", "lines": [{"lineNumber": 1, "quantity": 1}], "shipping": true}""");
        assertThat(refund.status()).isEqualTo(202);
        assertThat(refund.location()).endsWith("/refunds/" + refund.json().get("id").asString());
        assertThat(refund.json().get("status").asString()).isEqualTo("REQUESTED");
        assertThat(refund.json().at("/amount/amount").asString()).isEqualTo("12.00");
        await().atMost(Duration.ofSeconds(20)).until(() -> http.get(java.net.URI.create(refund.location()).getPath()).json().get("status").asString()
                .equals("SUCCEEDED"));

        var order = http.get("/api/v1/orders/" + orderId).json();
        assertThat(order.at("/lines/0/refundedQuantity").asInt()).isEqualTo(1);
        assertThat(order.at("/lines/0/refundedAmount/amount").asString()).isEqualTo("12.00");
        await().atMost(Duration.ofSeconds(20)).until(() -> http.get("/api/v1/orders/" + orderId).json()
                .at("/payment/refunded/amount").asString().equals("12.00"));
        assertThat(order.get("history").toString()).contains("refund of 12.00 EUR asked for (damaged)")
                .contains("refund of 12.00 EUR succeeded");

        var tooMuch = http.send("POST", "/api/v1/orders/" + orderId + "/refunds", """
                {"reasonCode": "goodwill", "amount": "48.01"}""");
        assertThat(tooMuch.status()).isEqualTo(422);
        assertThat(tooMuch.json().get("type").asString()).isEqualTo("urn:order-service:problem:refund-refused");
        assertThat(tooMuch.json().at("/refundable/amount").asString()).isEqualTo("48.00");
        assertThat(http.get("/api/v1/orders/" + orderId + "/refunds").json().size()).as("a refused refund records nothing")
                .isEqualTo(1);
    }

    @Test
    void aCancelledOrderCannotShipOrBeRefundedAndAPaidOneCannotBeRefundedBeforeItShips() {
        var paid = place();
        var refundUnshipped = http.send("POST", "/api/v1/orders/" + paid + "/refunds", """
                {"reasonCode": "goodwill", "amount": "1.00"}""");
        assertThat(refundUnshipped.status()).as(refundUnshipped.body()).isEqualTo(409);
        assertThat(refundUnshipped.json().get("currentStatus").asString()).isEqualTo("PAID");
        assertThat(refundUnshipped.json().get("allowedActions").toString()).contains("SHIP", "CANCEL");

        var cancelled = http.send("DELETE", "/api/v1/orders/" + paid + "?reason=changed%20my%20mind", null);
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> http.get("/api/v1/orders/" + paid + "/refunds").json()
                .at("/0/status").asString().equals("SUCCEEDED"));
        assertThat(http.get("/api/v1/orders/" + paid + "/refunds").json().at("/0/kind").asString()).isEqualTo("VOID");

        var ship = http.send("POST", "/api/v1/orders/" + paid + "/ship", """
                {"carrier": "own-fleet"}""");
        assertThat(ship.status()).isEqualTo(409);
        assertThat(ship.json().get("currentStatus").asString()).isEqualTo("CANCELLED");
        assertThat(ship.json().get("allowedActions").toString()).isEqualTo("[]");
        assertThat(ship.json().get("detail").asString()).contains("CANCELLED", "SHIP");
        assertThat(jdbc.sql("SELECT count(*) FROM order_shipment WHERE order_id = ?::uuid").param(paid).query(Integer.class).single())
                .isZero();
    }

    @Test
    void aCaptureTheGatewayRefusesStopsTheShipmentAndNothingLeaves() {
        var orderId = place("tok_capture_refused");
        var before = http.get("/api/v1/orders/" + orderId);

        var ship = http.send("POST", "/api/v1/orders/" + orderId + "/ship", """
                {"carrier": "own-fleet"}""");

        assertThat(ship.status()).as(ship.body()).isEqualTo(409);
        assertThat(ship.json().get("type").asString()).isEqualTo("urn:order-service:problem:capture-refused");
        assertThat(ship.json().get("detail").asString()).contains("capture_refused");
        var after = http.get("/api/v1/orders/" + orderId);
        assertThat(after.etag()).isEqualTo(before.etag());
        assertThat(after.json().get("status").asString()).isEqualTo("PAID");
        assertThat(jdbc.sql("SELECT count(*) FROM order_shipment WHERE order_id = ?::uuid").param(orderId).query(Integer.class)
                .single()).isZero();
        assertThat(paymentStatus(orderId)).isEqualTo("AUTHORISED");
        assertThat(jdbc.sql("""
                SELECT count(*) FROM payment_transaction t JOIN payment p ON p.id = t.payment_id
                WHERE p.order_id = ?::uuid AND t.kind = 'CAPTURE' AND NOT t.succeeded""").param(orderId).query(Integer.class)
                .single()).as("the refusal is recorded and counts towards parking").isEqualTo(1);
    }

    private String place() {
        return place("tok_approve");
    }

    private String place(String token) {
        var placed = http.postJson("/api/v1/orders", orderJson("shp-" + UUID.randomUUID(), "EUR", LINES, token));
        assertThat(placed.status()).isEqualTo(201);
        return placed.json().get("id").asString();
    }

    private String paymentStatus(String orderId) {
        return jdbc.sql("SELECT status FROM payment WHERE order_id = ?::uuid").param(orderId).query(String.class).single();
    }
}
