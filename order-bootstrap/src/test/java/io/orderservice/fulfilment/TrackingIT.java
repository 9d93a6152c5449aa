package io.orderservice.fulfilment;

import static io.orderservice.support.CarrierReports.body;
import static io.orderservice.support.CarrierReports.event;
import static io.orderservice.support.Http.orderJson;
import static org.assertj.core.api.Assertions.assertThat;

import io.orderservice.support.CarrierReports;
import io.orderservice.support.Http;
import io.orderservice.support.OrderServiceIntegrationTest;
import io.orderservice.support.SseClient;
import io.orderservice.support.Tokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Carrier milestones end to end: signed webhooks over HTTP land on the shipment's timeline once each, the order is
 * DELIVERED when its shipments are, and a Server-Sent Events client sees every milestone as it arrives — and only what
 * it has not seen when it reconnects with Last-Event-ID.
 */
@OrderServiceIntegrationTest
class TrackingIT {


    @LocalServerPort
    int port;

    @Test
    void aStreamReceivesEachMilestoneAsItArrivesAndTheOrderIsDeliveredWithItsShipment() throws Exception {
        var http = new Http(port);
        var orderId = placePaid(http, 1);
        var trackingNumber = ship(http, orderId, null);
        try (var stream = openStream(port, orderId, null)) {
            webhook(http, trackingNumber, event("LABEL_CREATED", "2026-11-28T08:00:00Z"));
            var first = stream.nextEvent();
            assertThat(first.id()).isEqualTo("1");
            assertThat(first.name()).isEqualTo("milestone");
            assertThat(first.data().get("milestone").asString()).isEqualTo("LABEL_CREATED");
            assertThat(first.data().get("trackingNumber").asString()).isEqualTo(trackingNumber);

            var pickedUp = event("PICKED_UP", "2026-11-28T09:30:00Z");
            webhook(http, trackingNumber, pickedUp);
            assertThat(stream.nextEvent().data().get("milestone").asString()).isEqualTo("PICKED_UP");

            var receipt = webhook(http, trackingNumber, pickedUp, event("IN_TRANSIT", "2026-11-28T14:00:00Z"),
                    event("OUT_FOR_DELIVERY", "2026-11-29T07:10:00Z"));
            assertThat(receipt.get("recorded").asInt()).isEqualTo(2);
            assertThat(receipt.get("repeated").asInt()).as("sent again by the carrier").isEqualTo(1);
            assertThat(List.of(stream.nextEvent().data().get("milestone").asString(), stream.nextEvent().data().get("milestone").asString()))
                    .containsExactly("IN_TRANSIT", "OUT_FOR_DELIVERY");
            assertThat(status(http, orderId)).isEqualTo("SHIPPED");

            webhook(http, trackingNumber, event("DELIVERED", "2026-11-29T11:42:00Z"));
            var delivered = stream.nextEvent();
            assertThat(delivered.id()).isEqualTo("5");
            assertThat(delivered.data().get("milestone").asString()).isEqualTo("DELIVERED");
        }
        assertThat(status(http, orderId)).isEqualTo("DELIVERED");
        var tracking = http.get("/api/v1/orders/" + orderId + "/tracking").json();
        assertThat(tracking.at("/shipments/0/shipment/deliveredAt").asString()).isEqualTo("2026-11-29T11:42:00Z");
        assertThat(tracking.at("/shipments/0/milestones").size()).isEqualTo(5);

        try (var resumed = openStream(port, orderId, "3")) {
            assertThat(List.of(resumed.nextEvent().id(), resumed.nextEvent().id())).as("after event 3 only").containsExactly("4", "5");
            assertThat(resumed.noEventWithin(Duration.ofMillis(800))).isTrue();
        }
    }

    @Test
    void aBrowserOpensTheStreamWithATicketOfItsCustomerInsteadOfAToken() throws Exception {
        var staff = new Http(port);
        var owner = Http.as(port, "customer-42");
        var placed = owner.postJson("/api/v1/orders", Http.orderJson("customer-42", "EUR",
                "[{\"sku\": \"MUG-CLASSIC\", \"quantity\": 1}]", "tok_approve"));
        var orderId = placed.json().get("id").asString();
        var trackingNumber = ship(staff, orderId, null);
        var tickets = "/api/v1/orders/" + orderId + "/tracking/stream-tickets";

        var issued = owner.postJson(tickets, "");
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        var streamUrl = issued.json().get("streamUrl").asString();
        try (var stream = SseClient.openWithoutToken(port, streamUrl)) {
            webhook(staff, trackingNumber, event("LABEL_CREATED", "2026-11-28T08:00:00Z"));
            assertThat(stream.nextEvent().data().get("milestone").asString()).isEqualTo("LABEL_CREATED");
        }

        assertThat(Http.as(port, "customer-7").postJson(tickets, "").status()).as("another customer's order").isEqualTo(404);
        var ticket = issued.json().get("ticket").asString();
        var otherOrder = staff.postJson("/api/v1/orders", Http.orderJson("customer-42", "EUR",
                "[{\"sku\": \"MUG-CLASSIC\", \"quantity\": 1}]", "tok_approve")).json().get("id").asString();
        var anonymous = Http.anonymous(port);
        var forAnotherStream = anonymous.get("/api/v1/orders/" + otherOrder + "/tracking/stream?ticket=" + ticket);
        var tampered = anonymous.get(streamUrl.substring(0, streamUrl.length() - 2) + "xx");
        var onAnotherOperation = anonymous.get("/api/v1/orders/" + orderId + "?ticket=" + ticket);
        assertThat(List.of(forAnotherStream, tampered, onAnotherOperation)).allSatisfy(refused -> {
            assertThat(refused.status()).as(refused.body()).isEqualTo(401);
            assertThat(refused.json().get("type").asString()).isEqualTo("urn:order-service:problem:unauthenticated");
        });
    }

    @Test
    void anOrderInTwoShipmentsIsDeliveredWhenBothAre() {
        var http = new Http(port);
        var orderId = placePaid(http, 2);
        var first = ship(http, orderId, 1);
        var second = ship(http, orderId, 1);

        webhook(http, first, event("DELIVERED", "2026-11-29T10:00:00Z"));
        assertThat(status(http, orderId)).as("one of two delivered").isEqualTo("SHIPPED");
        webhook(http, second, event("DELIVERED", "2026-11-30T10:00:00Z"));
        assertThat(status(http, orderId)).isEqualTo("DELIVERED");
    }

    @Test
    void aForgedWebhookRecordsNothingAndUnknownParcelsAreAcknowledged() {
        var http = new Http(port);
        var orderId = placePaid(http, 1);
        var trackingNumber = ship(http, orderId, null);
        var body = body(trackingNumber, event("DELIVERED", "2026-11-29T10:00:00Z"));

        var forged = http.send("POST", "/api/v1/carriers/dhl/tracking-events", body,
                "X-Signature", CarrierReports.signature("not-the-secret", body));
        assertThat(forged.status()).isEqualTo(400);
        assertThat(forged.json().get("type").asString()).isEqualTo("urn:order-service:problem:invalid-webhook");
        assertThat(http.get("/api/v1/orders/" + orderId + "/tracking").json().at("/shipments/0/milestones").size()).isZero();
        assertThat(status(http, orderId)).isEqualTo("SHIPPED");

        var unknown = webhook(http, "JD99999999990000", event("IN_TRANSIT", "2026-11-29T10:00:00Z"));
        assertThat(unknown.get("recorded").asInt()).isZero();
        assertThat(unknown.get("unknownTrackingNumbers").get(0).asString()).isEqualTo("JD99999999990000");
    }

    @Test
    void trackingOrStreamingAnOrderThatDoesNotExistIsNotFound() throws Exception {
        var unknown = UUID.randomUUID();
        assertThat(new Http(port).get("/api/v1/orders/" + unknown + "/tracking").status()).isEqualTo(404);
        var stream = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/orders/" + unknown + "/tracking/stream"))
                .header("Accept", "text/event-stream")
                .header("Authorization", Tokens.bearer("http://localhost:" + port, Tokens.STAFF)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(stream.statusCode()).isEqualTo(404);
        assertThat(stream.body()).contains("urn:order-service:problem:order-not-found");
    }

    private static String placePaid(Http http, int mugs) {
        var placed = http.postJson("/api/v1/orders", orderJson("customer-tracking", "EUR",
                "[{\"sku\": \"MUG-CLASSIC\", \"quantity\": " + mugs + "}]", "tok_approve"));
        assertThat(placed.json().get("status").asString()).as(placed.body()).isEqualTo("PAID");
        return placed.json().get("id").asString();
    }

    private static String ship(Http http, String orderId, Integer units) {
        return CarrierReports.shipWithDhl(http, orderId, units);
    }

    private static JsonNode webhook(Http http, String trackingNumber, String... events) {
        return CarrierReports.report(http, trackingNumber, events);
    }

    private static String status(Http http, String orderId) {
        return http.get("/api/v1/orders/" + orderId + "/status").json().get("status").asString();
    }

    private static SseClient openStream(int port, String orderId, String lastEventId) {
        return SseClient.open(port, "/api/v1/orders/" + orderId + "/tracking/stream", Tokens.STAFF, lastEventId);
    }
}
