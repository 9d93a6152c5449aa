package io.orderservice.payment;

import static io.orderservice.support.Http.orderJson;
import static org.assertj.core.api.Assertions.assertThat;

import io.orderservice.payment.gateway.http.FakeCardProvider;
import io.orderservice.payment.gateway.http.HttpPaymentWebhooks;
import io.orderservice.support.Http;
import io.orderservice.support.OrderServiceIntegrationTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A card provider on a local port ("acme") takes the service's EUR card payments and reports back by
 * signed webhook: the order follows its payment; a replayed, late, out-of-order, forged or stale
 * webhook changes nothing; and a webhook that races the synchronous answer ends in one authorisation.
 */
@OrderServiceIntegrationTest
class PaymentWebhookIT {

    static final String SECRET = "whsec_it_secret";
    static final FakeCardProvider ACME = startProvider();

    @DynamicPropertySource
    static void acme(DynamicPropertyRegistry properties) {
        properties.add("order-service.payment.http-gateways.acme.base-url", () -> ACME.baseUrl().toString());
        properties.add("order-service.payment.http-gateways.acme.api-key", () -> FakeCardProvider.API_KEY);
        properties.add("order-service.payment.http-gateways.acme.webhook-secret", () -> SECRET);
        properties.add("order-service.payment.routing.routes[0].currencies[0]", () -> "EUR");
        properties.add("order-service.payment.routing.routes[0].gateways[0]", () -> "acme");
    }

    @AfterAll
    static void stopProvider() {
        ACME.close();
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anOrderAwaitingTheCustomersConfirmationIsPaidByTheWebhookOnceAndNeverMovesBack() {
        var http = new Http(port);
        var placed = http.postJson("/api/v1/orders", orderJson("customer-webhook", "EUR",
                "[{\"sku\": \"MUG-CLASSIC\", \"quantity\": 1}]", "pm_card_authenticationRequired"));
        assertThat(placed.status()).isEqualTo(201);
        assertThat(placed.json().get("status").asString()).isEqualTo("AWAITING_PAYMENT");
        var orderId = placed.json().get("id").asString();
        var payment = jdbc.sql("SELECT id, status FROM payment WHERE order_id = ?::uuid").param(orderId)
                .query((row, n) -> List.of(row.getString("id"), row.getString("status"))).single();
        assertThat(payment.get(1)).isEqualTo("REQUIRES_ACTION");
        var intent = jdbc.sql("SELECT gateway_reference FROM payment_transaction WHERE payment_id = ?::uuid")
                .param(payment.get(0)).query(String.class).single();

        var authorised = event("evt_auth_" + UUID.randomUUID(), "payment_intent.amount_capturable_updated", intent,
                payment.get(0), "requires_capture", "");
        assertThat(deliver(authorised, Instant.now())).isEqualTo("200 APPLIED");
        assertThat(orderStatus(http, orderId)).isEqualTo("PAID");

        assertThat(deliver(authorised, Instant.now())).as("replayed").isEqualTo("200 DUPLICATE_MESSAGE");
        var declinedLate = event("evt_fail_" + UUID.randomUUID(), "payment_intent.payment_failed", intent, payment.get(0),
                "requires_payment_method", ",\"last_payment_error\":{\"code\":\"card_declined\"}");
        assertThat(deliver(declinedLate, Instant.now())).as("out of order").isEqualTo("200 ALREADY_KNOWN");
        assertThat(orderStatus(http, orderId)).isEqualTo("PAID");
        assertThat(jdbc.sql("SELECT count(*) FROM order_status_history WHERE order_id = ?::uuid AND to_status = 'PAID'")
                .param(orderId).query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT status FROM payment WHERE id = ?::uuid").param(payment.get(0)).query(String.class).single())
                .isEqualTo("AUTHORISED");
    }

    @Test
    void anAuthorisationTheProviderDecidesLaterWaitsForItsWebhook() {
        var http = new Http(port);
        var placed = http.postJson("/api/v1/orders", orderJson("customer-webhook", "EUR",
                "[{\"sku\": \"MUG-CLASSIC\", \"quantity\": 1}]", "pm_card_processing"));
        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        assertThat(placed.json().get("status").asString()).isEqualTo("AWAITING_PAYMENT");
        var orderId = placed.json().get("id").asString();
        var payment = jdbc.sql("SELECT id, status FROM payment WHERE order_id = ?::uuid").param(orderId)
                .query((row, n) -> List.of(row.getString("id"), row.getString("status"))).single();
        assertThat(payment.get(1)).as("waiting for the provider's news").isEqualTo("REQUIRES_ACTION");
        var intent = jdbc.sql("SELECT gateway_reference FROM payment_transaction WHERE payment_id = ?::uuid")
                .param(payment.get(0)).query(String.class).single();

        var decided = event("evt_auth_" + UUID.randomUUID(), "payment_intent.amount_capturable_updated", intent,
                payment.get(0), "requires_capture", "");
        assertThat(deliver(decided, Instant.now())).isEqualTo("200 APPLIED");
        assertThat(orderStatus(http, orderId)).isEqualTo("PAID");
    }

    @Test
    void aCaptureAndThenADisputeReachThePaymentAndTheOrder() {
        var http = new Http(port);
        var placed = http.postJson("/api/v1/orders", orderJson("customer-dispute", "EUR",
                "[{\"sku\": \"MUG-CLASSIC\", \"quantity\": 1}]", "pm_card_visa"));
        var orderId = placed.json().get("id").asString();
        var payment = jdbc.sql("SELECT id FROM payment WHERE order_id = ?::uuid").param(orderId).query(String.class).single();
        var intent = placed.json().at("/payment/reference").asString();
        var total = jdbc.sql("SELECT amount_minor FROM payment WHERE id = ?::uuid").param(payment).query(Long.class).single();

        var captured = event("evt_cap_" + UUID.randomUUID(), "payment_intent.succeeded", intent, payment, "succeeded",
                ",\"amount_received\":" + total + ",\"latest_charge\":\"ch_" + intent + "\"");
        assertThat(deliver(captured, Instant.now())).isEqualTo("200 APPLIED");
        var dispute = """
                {"id":"evt_dp_%s","type":"charge.dispute.created","created":%d,"data":{"object":{"id":"dp_%s",\
                "object":"dispute","amount":%d,"currency":"eur","payment_intent":"%s","reason":"fraudulent"}}}"""
                .formatted(UUID.randomUUID(), Instant.now().getEpochSecond(), UUID.randomUUID(), total, intent);
        assertThat(deliver(dispute, Instant.now())).isEqualTo("200 APPLIED");

        assertThat(jdbc.sql("SELECT status || ' ' || disputed FROM payment WHERE id = ?::uuid").param(payment)
                .query(String.class).single()).isEqualTo("CAPTURED true");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() ->
                http.get("/api/v1/orders/" + orderId).json().at("/payment/disputed").asBoolean());
        assertThat(http.get("/api/v1/orders/" + orderId).json().at("/payment/captured/amount").asString())
                .isEqualTo(placed.json().at("/totals/grandTotal/amount").asString());
    }

    @Test
    void aRefundTheGatewayLeavesPendingIsSettledByItsWebhookAndAFailedOneGoesBackToTheOperators() {
        var http = new Http(port);
        var placed = http.postJson("/api/v1/orders", orderJson("customer-pending-refund", "EUR",
                "[{\"sku\": \"MUG-CLASSIC\", \"quantity\": 2}]", "pm_card_visa"));
        var orderId = placed.json().get("id").asString();
        var paymentId = jdbc.sql("SELECT id FROM payment WHERE order_id = ?::uuid").param(orderId).query(String.class).single();
        assertThat(http.send("POST", "/api/v1/orders/" + orderId + "/ship", "{\"carrier\": \"own-fleet\"}").status())
                .isEqualTo(200);
        ACME.leaveRefundsPending(true);
        try {
            var refund = http.postJson("/api/v1/orders/" + orderId + "/refunds", """
                    {"reasonCode": "damaged", "lines": [{"lineNumber": 1, "quantity": 1}]}""");
            assertThat(refund.status()).as(refund.body()).isEqualTo(202);
            var refundId = refund.json().get("id").asString();
            var amountMinor = new java.math.BigDecimal(refund.json().at("/amount/amount").asString()).movePointRight(2).longValueExact();
            var accepted = awaitPendingRefund(paymentId, 1);
            assertThat(refundStatus(http, orderId, refundId)).as("the gateway has yet to say").isEqualTo("REQUESTED");

            var failed = refundEvent("evt_rf_" + UUID.randomUUID(), "refund.failed", accepted, paymentId, "failed",
                    amountMinor, ",\"failure_reason\":\"expired_or_canceled_card\"");
            assertThat(deliver(failed, Instant.now())).isEqualTo("200 APPLIED");
            assertThat(deliver(failed, Instant.now())).as("replayed").isEqualTo("200 DUPLICATE_MESSAGE");
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20))
                    .until(() -> refundStatus(http, orderId, refundId).equals("FAILED"));
            var order = http.get("/api/v1/orders/" + orderId).json();
            assertThat(order.get("history").toString()).contains("failed: expired_or_canceled_card");
            assertThat(order.at("/payment/refunded/amount").asString()).isEqualTo("0.00");
            var operators = Http.as(port, "support").get("/api/v1/admin/refunds/failed?limit=500").json().get("items");
            assertThat(operators.toString()).contains(refundId).contains("expired_or_canceled_card");

            // Support asks again; the gateway accepts it, then makes it.
            var retry = Http.as(port, "support").send("POST", "/api/v1/orders/" + orderId + "/refunds/" + refundId + "/retry", null);
            assertThat(retry.status()).as(retry.body()).isEqualTo(202);
            var retryId = retry.json().get("id").asString();
            assertThat(retry.json().at("/amount/amount").asString()).isEqualTo(refund.json().at("/amount/amount").asString());
            assertThat(Http.as(port, "support").get("/api/v1/admin/refunds/failed?limit=500").body()).doesNotContain(refundId);
            var acceptedAgain = awaitPendingRefund(paymentId, 2);
            var made = refundEvent("evt_rs_" + UUID.randomUUID(), "refund.updated", acceptedAgain, paymentId, "succeeded",
                    amountMinor, "");
            assertThat(deliver(made, Instant.now())).isEqualTo("200 APPLIED");
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20))
                    .until(() -> refundStatus(http, orderId, retryId).equals("SUCCEEDED"));
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() -> http.get("/api/v1/orders/"
                    + orderId).json().at("/payment/refunded/amount").asString().equals(refund.json().at("/amount/amount").asString()));
            assertThat(http.get("/api/v1/orders/" + orderId + "/refunds/" + refundId).json().get("retriedAs").asString())
                    .isEqualTo(retryId);
        } finally {
            ACME.leaveRefundsPending(false);
        }
    }

    /** The gateway's reference of the {@code nth} refund of the payment the gateway accepted as pending. */
    private String awaitPendingRefund(String paymentId, int nth) {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() -> jdbc.sql(
                "SELECT count(*) FROM payment_transaction WHERE payment_id = ?::uuid AND pending").param(paymentId)
                .query(Integer.class).single() >= nth);
        return jdbc.sql("SELECT gateway_reference FROM payment_transaction WHERE payment_id = ?::uuid AND pending ORDER BY position")
                .param(paymentId).query(String.class).list().get(nth - 1);
    }

    private static String refundStatus(Http http, String orderId, String refundId) {
        return http.get("/api/v1/orders/" + orderId + "/refunds/" + refundId).json().get("status").asString();
    }

    private static String refundEvent(String id, String type, String refundReference, String paymentId, String status,
                                      long amountMinor, String extra) {
        return """
                {"id":"%s","type":"%s","created":%d,"data":{"object":{"id":"%s","object":"refund","status":"%s",\
                "amount":%d,"currency":"eur","metadata":{"payment_id":"%s"}%s}}}""".formatted(id, type,
                Instant.now().getEpochSecond(), refundReference, status, amountMinor, paymentId, extra);
    }

    @Test
    void forgedStaleAndUnknownWebhooksAreRefusedAndChangeNothing() {
        var payload = event("evt_" + UUID.randomUUID(), "payment_intent.amount_capturable_updated", "pi_x",
                UUID.randomUUID().toString(), "requires_capture", "");
        long inboxBefore = jdbc.sql("SELECT count(*) FROM inbox_message").query(Long.class).single();

        var forged = send(payload, HttpPaymentWebhooks.sign("whsec_not_ours", Instant.now().getEpochSecond(), payload));
        var stale = send(payload, HttpPaymentWebhooks.sign(SECRET, Instant.now().minusSeconds(600).getEpochSecond(), payload));
        var unknownPayment = send(payload, HttpPaymentWebhooks.sign(SECRET, Instant.now().getEpochSecond(), payload));

        assertThat(forged).startsWith("400").contains("urn:order-service:problem:invalid-webhook");
        // 600 s when signed and checked within the same second, 601 s when a second turns in between.
        assertThat(stale).startsWith("400").containsPattern("signed 60[01] s away");
        assertThat(unknownPayment).startsWith("404").contains("urn:order-service:problem:payment-not-found");
        assertThat(jdbc.sql("SELECT count(*) FROM inbox_message").query(Long.class).single()).isEqualTo(inboxBefore);
    }

    @Test
    void aWebhookRacingTheSynchronousAnswerEndsInOneAuthorisation() {
        var raced = new ArrayList<String>();
        // The provider reports the authorisation before it answers the service's call; then delivers it again
        // afterwards (as providers do when in doubt).
        ACME.whileAuthorising((form, intentId) -> {
            var payload = event("evt_race_" + intentId, "payment_intent.amount_capturable_updated", intentId,
                    form.get("metadata[payment_id]"), "requires_capture", "");
            raced.add(payload);
            raced.add(deliver(payload, Instant.now()));
        });
        try {
            var placed = new Http(port).postJson("/api/v1/orders", orderJson("customer-race", "EUR",
                    "[{\"sku\": \"MUG-CLASSIC\", \"quantity\": 1}]", "pm_card_visa"));
            assertThat(placed.status()).isEqualTo(201);
            assertThat(placed.json().get("status").asString()).isEqualTo("PAID");
            assertThat(raced.get(1)).as("the payment was recorded before the gateway was asked (issue 17, item 9): the early "
                    + "report applies, and the synchronous answer is then old news").isEqualTo("200 APPLIED");

            assertThat(deliver(raced.get(0), Instant.now())).as("the provider's retry, the same message").isEqualTo("200 DUPLICATE_MESSAGE");
            var orderId = placed.json().get("id").asString();
            assertThat(jdbc.sql("""
                    SELECT count(*) FROM payment_transaction t JOIN payment p ON p.id = t.payment_id
                    WHERE p.order_id = ?::uuid AND t.kind = 'AUTHORISATION' AND t.succeeded""")
                    .param(orderId).query(Integer.class).single()).isEqualTo(1);
            assertThat(jdbc.sql("SELECT count(*) FROM order_status_history WHERE order_id = ?::uuid AND to_status = 'PAID'")
                    .param(orderId).query(Integer.class).single()).isEqualTo(1);
        } finally {
            ACME.whileAuthorising((form, intentId) -> { });
        }
    }

    private String orderStatus(Http http, String orderId) {
        return http.get("/api/v1/orders/" + orderId).json().get("status").asString();
    }

    private static String event(String id, String type, String intentId, String paymentId, String status, String extra) {
        return """
                {"id":"%s","type":"%s","created":%d,"data":{"object":{"id":"%s","object":"payment_intent","status":"%s",\
                "currency":"eur","metadata":{"payment_id":"%s"}%s}}}""".formatted(id, type, Instant.now().getEpochSecond(),
                intentId, status, paymentId, extra);
    }

    /** "status outcome" for a 200, "status body" otherwise. */
    private String deliver(String payload, Instant signedAt) {
        var answer = send(payload, HttpPaymentWebhooks.sign(SECRET, signedAt.getEpochSecond(), payload));
        return answer.startsWith("200") ? "200 " + answer.replaceAll(".*\"outcome\":\"([A-Z_]+)\".*", "$1") : answer;
    }

    private String send(String payload, String signature) {
        try {
            var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + "/api/v1/payments/webhooks/acme"))
                    .header("Content-Type", "application/json").header("Stripe-Signature", signature)
                    .POST(HttpRequest.BodyPublishers.ofString(payload)).build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() + " " + response.body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static FakeCardProvider startProvider() {
        try {
            return new FakeCardProvider();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
