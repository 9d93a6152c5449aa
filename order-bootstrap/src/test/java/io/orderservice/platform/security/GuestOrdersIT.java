package io.orderservice.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderservice.support.CarrierReports;
import io.orderservice.support.Http;
import io.orderservice.support.OrderServiceIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A storefront places an order for a shopper without an account: the answer carries the order's access token, once,
 * and that token reads, cancels and tracks that order and nothing else — as the link in an order-status e-mail does.
 * Real tokens of the demo storefront; the guest sends no bearer token at all.
 */
@OrderServiceIntegrationTest
class GuestOrdersIT {

    private static final String ORDER = """
            {"currency": "EUR", "lines": [{"sku": "MUG-CLASSIC", "quantity": 1}],
             "shippingAddress": {"recipient": "Grace Hopper", "line1": "1 Harbour Road", "city": "London",
                                 "postalCode": "N1 9GU", "countryCode": "GB"},
             "paymentToken": "tok_approve"}""";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theGuestsTokenReadsCancelsAndTracksItsOrderAndNothingElse() {
        var storefront = Http.as(port, "storefront");
        var placed = storefront.postJson("/api/v1/orders", ORDER);
        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        var id = placed.json().get("id").asString();
        var token = placed.json().get("accessToken").asString();
        assertThat(token).hasSize(43);
        assertThat(placed.json().get("customerId").asString()).startsWith("guest-");
        assertThat(jdbc.sql("SELECT count(*) FROM order_guest_access WHERE order_id = ?::uuid AND token_sha256 <> convert_to(?, 'UTF8')")
                .param(id).param(token).query(Integer.class).single()).as("only a hash is kept").isEqualTo(1);
        var guest = Http.anonymous(port);
        var order = "/api/v1/orders/" + id;

        assertThat(guest.send("GET", order, null, "Order-Access-Token", token).status()).isEqualTo(200);
        assertThat(guest.send("GET", order + "/status", null, "Order-Access-Token", token).status()).isEqualTo(200);
        assertThat(guest.send("GET", order + "/tracking", null, "Order-Access-Token", token).status()).isEqualTo(200);
        assertThat(guest.send("POST", order + "/tracking/stream-tickets", null, "Order-Access-Token", token).status()).isEqualTo(201);
        assertThat(new Http(port).get(order).json().get("accessToken").isNull()).as("shown once").isTrue();

        var notAllowed = List.of(
                guest.send("PUT", order, "{\"shippingAddress\": {\"recipient\": \"M\", \"line1\": \"2 Road\", \"city\": \"London\", "
                        + "\"postalCode\": \"N1 9GU\", \"countryCode\": \"GB\"}}", "Order-Access-Token", token, "If-Match", "\"1\""),
                guest.send("POST", order + "/notes", "{\"text\": \"hello\"}", "Order-Access-Token", token),
                guest.send("GET", order + "/audit", null, "Order-Access-Token", token),
                guest.send("POST", order + "/payment", "{\"paymentToken\": \"tok_approve\"}", "Order-Access-Token", token));
        assertThat(notAllowed).allSatisfy(refused -> assertThat(refused.status()).as(refused.body()).isEqualTo(403));

        var other = storefront.postJson("/api/v1/orders", ORDER).json().get("id").asString();
        var elsewhere = List.of(
                guest.send("GET", "/api/v1/orders/" + other, null, "Order-Access-Token", token),
                guest.send("DELETE", "/api/v1/orders/" + other, null, "Order-Access-Token", token),
                guest.send("GET", order, null, "Order-Access-Token", token.substring(1) + "A"),
                guest.send("GET", "/api/v1/orders", null, "Order-Access-Token", token));
        assertThat(elsewhere).allSatisfy(refused -> assertThat(refused.status()).as(refused.body()).isEqualTo(401));

        var cancelled = guest.send("DELETE", order + "?reason=changed%20my%20mind", null, "Order-Access-Token", token);
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT actor_kind || ':' || actor_id FROM order_status_history WHERE order_id = ?::uuid AND action = 'CANCEL'")
                .param(id).query(String.class).single()).isEqualTo("CUSTOMER:" + placed.json().get("customerId").asString());
    }

    @Test
    void aRetriedGuestPlacementGetsTheSameTokenAndCustomersOrderInTheirOwnName() {
        var storefront = Http.as(port, "storefront");
        var key = UUID.randomUUID().toString();
        var first = storefront.send("POST", "/api/v1/orders", ORDER, "Idempotency-Key", key);
        var again = storefront.send("POST", "/api/v1/orders", ORDER, "Idempotency-Key", key);
        assertThat(again.json().get("accessToken").asString()).isEqualTo(first.json().get("accessToken").asString());

        var own = Http.as(port, "customer-42").postJson("/api/v1/orders", ORDER);
        assertThat(own.status()).as(own.body()).isEqualTo(201);
        assertThat(own.json().get("customerId").asString()).as("taken from the token").isEqualTo("customer-42");
        assertThat(own.json().get("accessToken").isNull()).isTrue();
        assertThat(new Http(port).postJson("/api/v1/orders", ORDER).status()).as("support names the customer").isEqualTo(422);
    }

    @Test
    void aGuestAsksToReturnTheirDeliveredOrderWithItsTokenAndFollowsTheReturn() {
        var placed = Http.as(port, "storefront").postJson("/api/v1/orders", ORDER);
        var id = placed.json().get("id").asString();
        var token = placed.json().get("accessToken").asString();
        var staff = new Http(port);
        var trackingNumber = CarrierReports.shipWithDhl(staff, id, null);
        CarrierReports.report(staff, trackingNumber, CarrierReports.event("DELIVERED",
                Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS).toString()));
        var shipment = staff.get("/api/v1/orders/" + id).json().at("/shipments/0/id").asString();
        var guest = Http.anonymous(port);

        var made = guest.send("POST", "/api/v1/orders/" + id + "/returns", "{\"shipmentId\": \"" + shipment
                + "\", \"lines\": [{\"lineNumber\": 1, \"quantity\": 1}], \"reasonCode\": \"damaged\"}", "Order-Access-Token", token);

        assertThat(made.status()).as(made.body()).isEqualTo(201);
        assertThat(guest.send("GET", "/api/v1/orders/" + id + "/returns/" + made.json().get("id").asString(), null,
                "Order-Access-Token", token).json().get("status").asString()).isEqualTo("APPROVED");
        assertThat(guest.send("GET", "/api/v1/orders/" + id + "/returns", null, "Order-Access-Token", token).json().size()).isEqualTo(1);
        var other = Http.as(port, "storefront").postJson("/api/v1/orders", ORDER).json().get("id").asString();
        assertThat(guest.send("GET", "/api/v1/orders/" + other + "/returns", null, "Order-Access-Token", token).status())
                .as("another order's returns").isEqualTo(401);
    }
}
