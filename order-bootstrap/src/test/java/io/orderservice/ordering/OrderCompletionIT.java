package io.orderservice.ordering;

import static io.orderservice.support.CarrierReports.event;
import static io.orderservice.support.Http.orderJson;
import static org.assertj.core.api.Assertions.assertThat;

import io.orderservice.ordering.application.port.in.CompleteDeliveredOrdersUseCase;
import io.orderservice.support.CarrierReports;
import io.orderservice.support.Http;
import io.orderservice.support.OrderServiceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * After delivery: the customer rates the order (not before), and the order completes once the return window has
 * passed since delivery — not a moment earlier.
 */
@OrderServiceIntegrationTest
class OrderCompletionIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CompleteDeliveredOrdersUseCase completion;

    @Test
    void aDeliveredOrderCanBeRatedAndCompletesWhenItsReturnWindowHasPassed() {
        var http = new Http(port);
        // Only the customer rates: the demo customer's own token.
        var customer = Http.as(port, "customer-42");
        var orderId = placePaid(http);
        var rating = """
                {"stars": 5, "comment": "  Arrived early, well packed  "}""";
        var tooEarly = customer.send("PUT", "/api/v1/orders/" + orderId + "/satisfaction", rating);
        assertThat(tooEarly.status()).isEqualTo(409);
        assertThat(tooEarly.json().get("type").asString()).isEqualTo("urn:order-service:problem:not-delivered-yet");
        assertThat(tooEarly.json().get("currentStatus").asString()).isEqualTo("PAID");
        assertThat(http.get("/api/v1/orders/" + orderId + "/satisfaction").json().get("type").asString())
                .isEqualTo("urn:order-service:problem:no-rating");

        var trackingNumber = CarrierReports.shipWithDhl(http, orderId, null);
        CarrierReports.report(http, trackingNumber, event("DELIVERED", "2026-11-28T11:00:00Z"));
        assertThat(status(http, orderId)).isEqualTo("DELIVERED");

        var rated = customer.send("PUT", "/api/v1/orders/" + orderId + "/satisfaction", rating);
        assertThat(rated.status()).as(rated.body()).isEqualTo(200);
        assertThat(rated.json().get("comment").asString()).isEqualTo("Arrived early, well packed");
        assertThat(customer.send("PUT", "/api/v1/orders/" + orderId + "/satisfaction", "{\"stars\": 4}").status()).isEqualTo(200);
        var stored = http.get("/api/v1/orders/" + orderId + "/satisfaction").json();
        assertThat(stored.get("stars").asInt()).as("rated again: replaced").isEqualTo(4);
        assertThat(stored.has("comment") && !stored.get("comment").isNull()).isFalse();
        assertThat(customer.send("PUT", "/api/v1/orders/" + orderId + "/satisfaction", "{\"stars\": 6}").status()).isEqualTo(400);

        completion.completeDue();
        assertThat(status(http, orderId)).as("within the return window").isEqualTo("DELIVERED");

        deliveredDaysAgo(orderId, 15);
        assertThat(completion.completeDue()).isPositive();

        assertThat(status(http, orderId)).isEqualTo("COMPLETED");
        assertThat(http.get("/api/v1/orders/" + orderId).json().at("/history").toString())
                .contains("completed: no return within the return window");
        assertThat(completion.completeDue()).as("once").isZero();
    }

    private void deliveredDaysAgo(String orderId, int days) {
        jdbc.sql("UPDATE order_status_history SET occurred_at = now() - make_interval(days => ?) WHERE order_id = ?::uuid AND action = 'DELIVER'")
                .params(days, orderId).update();
    }

    private static String placePaid(Http http) {
        var placed = http.postJson("/api/v1/orders", orderJson("customer-42", "EUR",
                "[{\"sku\": \"MUG-CLASSIC\", \"quantity\": 1}]", "tok_approve"));
        assertThat(placed.json().get("status").asString()).as(placed.body()).isEqualTo("PAID");
        return placed.json().get("id").asString();
    }

    private static String status(Http http, String orderId) {
        return http.get("/api/v1/orders/" + orderId + "/status").json().get("status").asString();
    }
}
