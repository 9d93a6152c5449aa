package io.orderservice.ordering;

import static io.orderservice.support.Http.orderJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.orderservice.ordering.application.placement.PlacementDeadlines;
import io.orderservice.support.Http;
import io.orderservice.support.OrderServiceIntegrationTest;
import io.orderservice.support.Tokens;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The placement saga end to end, over HTTP, against PostgreSQL, the outbox and the sandbox gateway: every
 * failure point with its end state, its compensations and its events (the order's history, the stock
 * reservations, the payments). A gateway that is down and fails over is PaymentFailoverIT's; an address
 * refused before anything is stored is OrderApiIT's; a restart between steps is PlacementResumesAfterRestartIT's.
 */
@OrderServiceIntegrationTest
class PlacementSagaIT {

    private static final String ONE_MUG = "[{\"sku\": \"SAGA-MUG\", \"quantity\": 1}]";
    private static final String ONE_WATCH = "[{\"sku\": \"SAGA-WATCH\", \"quantity\": 1}]";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlacementDeadlines deadlines;
    @Autowired
    MeterRegistry meters;
    Http http;

    @BeforeEach
    void catalog() {
        http = new Http(port);
        jdbc.sql("""
                INSERT INTO catalog_product (sku, name) VALUES ('SAGA-MUG', 'Saga mug'), ('SAGA-WATCH', 'Saga watch'),
                  ('SAGA-LAST', 'Saga last one') ON CONFLICT DO NOTHING""").update();
        jdbc.sql("""
                INSERT INTO catalog_price (sku, currency, unit_price_minor) VALUES ('SAGA-MUG', 'EUR', 1250),
                  ('SAGA-WATCH', 'EUR', 150000), ('SAGA-LAST', 'EUR', 999) ON CONFLICT DO NOTHING""").update();
        jdbc.sql("""
                INSERT INTO stock_level (warehouse_code, sku, on_hand) VALUES ('MAIN', 'SAGA-MUG', 100000),
                  ('MAIN', 'SAGA-WATCH', 100000), ('MAIN', 'SAGA-LAST', 1)
                ON CONFLICT (warehouse_code, sku) DO NOTHING""").update();
    }

    @Test
    void aDeclineKeepsTheOrderAndItsStockForAnotherPaymentMethod() {
        var declined = http.postJson("/api/v1/orders", orderJson(customer(), "EUR", ONE_MUG, "tok_decline"));

        assertThat(declined.status()).isEqualTo(402);
        var orderId = declined.json().get("orderId").asString();
        assertThat(declined.location()).endsWith("/api/v1/orders/" + orderId);
        assertThat(declined.json().get("declineCode").asString()).isEqualTo("card_declined");
        assertThat(status(orderId)).isEqualTo("PAYMENT_FAILED");
        assertThat(reservations(orderId)).as("kept while the customer may retry").isEqualTo("HELD x1");

        var declinedAgain = http.postJson("/api/v1/orders/" + orderId + "/payment", "{\"paymentToken\": \"tok_insufficient_funds\"}");
        assertThat(declinedAgain.status()).isEqualTo(402);
        assertThat(declinedAgain.json().get("declineCode").asString()).isEqualTo("insufficient_funds");

        var paid = http.postJson("/api/v1/orders/" + orderId + "/payment",
                "{\"paymentToken\": \"tok_approve\", \"paymentMethod\": \"WALLET\"}");
        assertThat(paid.status()).isEqualTo(200);
        assertThat(paid.json().get("status").asString()).isEqualTo("PAID");
        assertThat(paid.json().at("/payment/reference").asString()).startsWith("sbx_auth_");
        assertThat(reservations(orderId)).as("reserved once, confirmed").isEqualTo("ALLOCATED x1");
        assertThat(jdbc.sql("SELECT string_agg(status, ',' ORDER BY created_at) FROM payment WHERE order_id = ?::uuid")
                .param(orderId).query(String.class).single()).isEqualTo("DECLINED,DECLINED,AUTHORISED");
        assertThat(history(orderId)).isEqualTo(
                "AWAITING_PAYMENT,PAYMENT_FAILED,AWAITING_PAYMENT,PAYMENT_FAILED,AWAITING_PAYMENT,PAID");
        assertThat(sagaStatus(orderId)).isEqualTo("COMPLETED");

        var again = http.postJson("/api/v1/orders/" + orderId + "/payment", "{\"paymentToken\": \"tok_approve\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("type").asString()).isEqualTo("urn:order-service:problem:payment-retry-refused");
    }

    @Test
    void whenTheRetryWindowLapsesTheStockIsReleasedAndTheOrderCancelled() {
        var orderId = http.postJson("/api/v1/orders", orderJson(customer(), "EUR", ONE_MUG, "tok_expired_card"))
                .json().get("orderId").asString();
        // 31 minutes pass (the window is 30).
        jdbc.sql("""
                UPDATE placement_saga SET payment_retry_until = now() - interval '1 minute',
                  next_attempt_at = now() - interval '1 minute' WHERE order_id = ?::uuid""").param(orderId).update();

        var late = http.postJson("/api/v1/orders/" + orderId + "/payment", "{\"paymentToken\": \"tok_approve\"}");
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().get("type").asString()).isEqualTo("urn:order-service:problem:payment-retry-refused");

        assertThat(deadlines.act()).isPositive();
        await().atMost(Duration.ofSeconds(20)).until(() -> status(orderId).equals("CANCELLED"));
        assertThat(reservations(orderId)).isEqualTo("RELEASED x1");
        assertThat(sagaStatus(orderId)).isEqualTo("FAILED");
        assertThat(lastReason(orderId)).startsWith("payment not retried in time");
    }

    @Test
    void aGatewayTimeoutIsAskedAgainWithTheSameKeyThenParkedAndAnOperatorCompensates() {
        double parkedBefore = meters.get("placement.sagas.parked").gauge().value();
        var accepted = http.postJson("/api/v1/orders", orderJson(customer(), "EUR", ONE_MUG, "tok_timeout"));

        assertThat(accepted.status()).as("accepted, still being placed").isEqualTo(202);
        var orderId = accepted.json().get("id").asString();
        assertThat(accepted.location()).endsWith("/api/v1/orders/" + orderId);
        assertThat(accepted.json().get("status").asString()).isEqualTo("AWAITING_PAYMENT");
        await().atMost(Duration.ofSeconds(20)).until(() -> attempts(orderId) == 1);

        for (int attempt = 2; attempt <= 3; attempt++) {
            int expected = attempt;
            jdbc.sql("UPDATE placement_saga SET next_attempt_at = now() - interval '1 second' WHERE order_id = ?::uuid")
                    .param(orderId).update();
            deadlines.act();
            await().atMost(Duration.ofSeconds(20)).until(() -> attempts(orderId) == expected || sagaStatus(orderId).equals("PARKED"));
        }

        await().atMost(Duration.ofSeconds(20)).until(() -> sagaStatus(orderId).equals("PARKED"));
        assertThat(jdbc.sql("SELECT count(*) FROM payment WHERE order_id = ?::uuid").param(orderId).query(Integer.class).single())
                .as("one payment, asked again with its own key: never a second charge").isEqualTo(1);
        assertThat(meters.get("placement.sagas.parked").gauge().value()).isGreaterThan(parkedBefore);
        var stuck = http.get("/api/v1/admin/placements/stuck").json().get("items");
        assertThat(stuck.valueStream().filter(item -> item.get("orderId").asString().equals(orderId)))
                .singleElement().satisfies(item -> {
                    assertThat(item.get("status").asString()).isEqualTo("PARKED");
                    assertThat(item.get("work").asString()).isEqualTo("AUTHORISE_PAYMENT");
                    assertThat(item.get("failureReason").asString()).contains("timed out");
                });

        var compensated = http.postJson("/api/v1/admin/placements/" + orderId + "/compensate",
                "{\"reason\": \"gateway outage\"}");
        assertThat(compensated.status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> status(orderId).equals("CANCELLED"));
        assertThat(reservations(orderId)).isEqualTo("RELEASED x1");
        assertThat(lastReason(orderId)).isEqualTo("abandoned by " + Tokens.STAFF + ": gateway outage");
        assertThat(http.postJson("/api/v1/admin/placements/" + orderId + "/retry", "").status())
                .as("over is over").isEqualTo(409);
    }

    @Test
    void notEnoughStockRejectsTheOrderWithTheShortagesAndChargesNothing() {
        var taken = http.postJson("/api/v1/orders", orderJson(customer(), "EUR", "[{\"sku\": \"SAGA-LAST\", \"quantity\": 1}]",
                "tok_approve"));
        assertThat(taken.status()).as("the last unit").isEqualTo(201);

        var refused = http.postJson("/api/v1/orders", orderJson(customer(), "EUR", "[{\"sku\": \"SAGA-LAST\", \"quantity\": 1}]",
                "tok_approve"));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("type").asString()).isEqualTo("urn:order-service:problem:insufficient-stock");
        assertThat(refused.json().at("/shortages/0/available").asInt()).isZero();
        var orderId = refused.json().get("orderId").asString();
        assertThat(status(orderId)).isEqualTo("REJECTED");
        assertThat(jdbc.sql("SELECT count(*) FROM payment WHERE order_id = ?::uuid").param(orderId).query(Integer.class).single())
                .isZero();
        assertThat(sagaStatus(orderId)).isEqualTo("FAILED");
    }

    @Test
    void fraudScreeningRejectsARiskyOrderBeforeStockOrPaymentWithoutSayingWhy() {
        // A first order above 1,000 EUR (30 points), billed in Sweden (20), shipped to Norway, risky in tests (40).
        var body = orderJson(customer(), "EUR", ONE_WATCH, "tok_approve")
                .replace("\"London\"", "\"Oslo\"").replace("N1 9GU", "0150").replace("\"GB\"", "\"NO\"")
                .replace("\"paymentToken\"", "\"billingCountry\": \"SE\", \"paymentToken\"");

        var refused = http.postJson("/api/v1/orders", body);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("type").asString()).isEqualTo("urn:order-service:problem:order-rejected");
        assertThat(refused.body()).doesNotContain("score").doesNotContain("risk");
        var orderId = refused.json().get("orderId").asString();
        assertThat(status(orderId)).isEqualTo("REJECTED");
        assertThat(reservations(orderId)).isEqualTo(" x0");
        assertThat(http.get("/api/v1/admin/placements/" + orderId).json().get("failureReason").asString())
                .contains("score 90");
    }

    @Test
    void fraudReviewHoldsTheOrderUntilAReviewerApprovesItThenItIsPlaced() {
        // A first order above 1,000 EUR (30 points) billed elsewhere (20): 50, held for review.
        var body = orderJson(customer(), "EUR", ONE_WATCH, "tok_approve")
                .replace("\"paymentToken\"", "\"billingCountry\": \"DE\", \"paymentToken\"");

        var held = http.postJson("/api/v1/orders", body);

        assertThat(held.status()).isEqualTo(202);
        assertThat(held.json().get("status").asString()).isEqualTo("ON_HOLD");
        var orderId = held.json().get("id").asString();
        assertThat(reservations(orderId)).isEqualTo(" x0");
        assertThat(http.get("/api/v1/admin/placements/" + orderId).json().get("status").asString()).isEqualTo("AWAITING_REVIEW");
        var followed = http.get("/api/v1/orders/" + orderId + "/status").json();
        assertThat(followed.at("/placement/status").asString()).isEqualTo("AWAITING_REVIEW");
        assertThat(followed.at("/placement/inProgress").asBoolean()).isTrue();
        assertThat(followed.toString()).as("no screening reasons for clients").doesNotContain("score");
        assertThat(http.postJson("/api/v1/admin/placements/" + orderId + "/review", "{\"approve\": true}").status())
                .as("a decision needs a reason").isEqualTo(400);

        var approved = Http.as(port, "approver").postJson("/api/v1/admin/placements/" + orderId + "/review",
                "{\"approve\": true, \"reason\": \"known customer, new card\"}");

        assertThat(approved.status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> status(orderId).equals("PAID"));
        assertThat(reservations(orderId)).isEqualTo("ALLOCATED x1");
        assertThat(history(orderId)).isEqualTo("AWAITING_PAYMENT,ON_HOLD,AWAITING_PAYMENT,PAID");
        assertThat(jdbc.sql("SELECT actor_id FROM order_status_history WHERE order_id = ?::uuid AND to_status = 'AWAITING_PAYMENT' AND action = 'RELEASE_HOLD'")
                .param(orderId).query(String.class).single()).isEqualTo("approver");
    }

    @Test
    void aReviewerCanRejectAHeldOrder() {
        var body = orderJson(customer(), "EUR", ONE_WATCH, "tok_approve")
                .replace("\"paymentToken\"", "\"billingCountry\": \"DE\", \"paymentToken\"");
        var orderId = http.postJson("/api/v1/orders", body).json().get("id").asString();

        var rejected = http.postJson("/api/v1/admin/placements/" + orderId + "/review",
                "{\"approve\": false, \"reason\": \"card reported stolen\"}");

        assertThat(rejected.status()).isEqualTo(200);
        assertThat(rejected.json().get("status").asString()).isEqualTo("FAILED");
        assertThat(status(orderId)).isEqualTo("REJECTED");
        assertThat(http.postJson("/api/v1/admin/placements/" + orderId + "/review",
                "{\"approve\": true, \"reason\": \"changed my mind\"}").status()).isEqualTo(409);
    }

    // ---------------------------------------------------------------------------------------------

    private static String customer() {
        return "saga-" + UUID.randomUUID();
    }

    private String status(String orderId) {
        return jdbc.sql("SELECT status FROM orders WHERE id = ?::uuid").param(orderId).query(String.class).single();
    }

    private String sagaStatus(String orderId) {
        return jdbc.sql("SELECT status FROM placement_saga WHERE order_id = ?::uuid").param(orderId).query(String.class).single();
    }

    private int attempts(String orderId) {
        return jdbc.sql("SELECT attempts FROM placement_saga WHERE order_id = ?::uuid").param(orderId).query(Integer.class).single();
    }

    private String history(String orderId) {
        return jdbc.sql("SELECT string_agg(to_status, ',' ORDER BY position) FROM order_status_history WHERE order_id = ?::uuid")
                .param(orderId).query(String.class).single();
    }

    private String lastReason(String orderId) {
        return jdbc.sql("SELECT reason FROM order_status_history WHERE order_id = ?::uuid ORDER BY position DESC LIMIT 1")
                .param(orderId).query(String.class).single();
    }

    private String reservations(String orderId) {
        return jdbc.sql("SELECT coalesce(string_agg(DISTINCT status, ','), '') || ' x' || count(*) FROM stock_reservation WHERE order_id = ?::uuid")
                .param(orderId).query(String.class).single();
    }
}
