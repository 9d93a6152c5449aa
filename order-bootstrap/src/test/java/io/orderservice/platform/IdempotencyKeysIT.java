package io.orderservice.platform;

import static io.orderservice.support.Http.orderJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.orderservice.support.Http;
import io.orderservice.support.Tokens;
import io.orderservice.support.OrderServiceIntegrationTest;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Idempotency-Key over HTTP against PostgreSQL: the same key and body replays the first answer byte for byte and
 * places one order, however many times and however concurrently it is sent; another body with the same key is 422; a
 * key whose first request is still running is 409; a key is its caller's; shipments and refunds honour keys too.
 */
@OrderServiceIntegrationTest
class IdempotencyKeysIT {

    private static final String ONE_MUG = "[{\"sku\": \"MUG-CLASSIC\", \"quantity\": 1}]";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    IdempotencyKeys keys;

    @Test
    void theSameKeyAndBodyReplaysTheFirstAnswerByteForByteAndPlacesOneOrder() throws Exception {
        var customer = customer();
        var body = orderJson(customer, "EUR", ONE_MUG, "tok_approve");
        var key = UUID.randomUUID().toString();

        var first = post(key, body);
        var second = post(key, body);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(second.statusCode()).isEqualTo(201);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        assertThat(second.headers().firstValue("Content-Type")).isEqualTo(first.headers().firstValue("Content-Type"));
        assertThat(second.headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(first.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(ordersOf(customer)).isEqualTo(1);
    }

    @Test
    void aDeclineIsReplayedTooAndThePaymentIsNotAskedAgain() throws Exception {
        var customer = customer();
        var body = orderJson(customer, "EUR", ONE_MUG, "tok_decline");
        var key = UUID.randomUUID().toString();

        var first = post(key, body);
        var second = post(key, body);

        assertThat(first.statusCode()).isEqualTo(402);
        assertThat(second.statusCode()).isEqualTo(402);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(ordersOf(customer)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM payment p JOIN orders o ON o.id = p.order_id WHERE o.customer_id = ?")
                .param(customer).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefusedAndPlacesNothing() throws Exception {
        var customer = customer();
        var key = UUID.randomUUID().toString();
        assertThat(post(key, orderJson(customer, "EUR", ONE_MUG, "tok_approve")).statusCode()).isEqualTo(201);

        var other = post(key, orderJson(customer, "EUR", "[{\"sku\": \"MUG-CLASSIC\", \"quantity\": 2}]", "tok_approve"));

        assertThat(other.statusCode()).isEqualTo(422);
        assertThat(other.body()).contains("urn:order-service:problem:idempotency-key-reused");
        assertThat(ordersOf(customer)).isEqualTo(1);
    }

    @Test
    void aKeyWhoseFirstRequestIsStillRunningIsAConflict() throws Exception {
        var customer = customer();
        var body = orderJson(customer, "EUR", ONE_MUG, "tok_approve");
        var key = UUID.randomUUID().toString();
        // What a first request of the same caller leaves while it runs: the key claimed in the caller's scope (its
        // subject and the customer it acts for, none here), the body's fingerprint, no answer yet.
        jdbc.sql("""
                        INSERT INTO idempotency_key (caller_scope, idempotency_key, request_path, fingerprint, created_at, expires_at)
                        VALUES (?, ?, '/api/v1/orders', encode(sha256(convert_to(?, 'UTF8')), 'hex'), now(), now() + interval '1 day')""")
                .params(Tokens.STAFF + "|", key, body).update();

        var duplicate = post(key, body);

        assertThat(duplicate.statusCode()).isEqualTo(409);
        assertThat(duplicate.body()).contains("urn:order-service:problem:idempotency-key-in-flight");
        assertThat(duplicate.headers().firstValue("Retry-After")).contains("1");
        assertThat(ordersOf(customer)).isZero();
    }

    @Test
    void concurrentDuplicatesPlaceOneOrderAndGetTheSameAnswerOrAConflict() throws Exception {
        var customer = customer();
        var body = orderJson(customer, "EUR", ONE_MUG, "tok_approve");
        var key = UUID.randomUUID().toString();
        var start = new CountDownLatch(1);
        var executor = Executors.newFixedThreadPool(6);
        try {
            var answers = new ArrayList<Future<HttpResponse<String>>>();
            for (int i = 0; i < 6; i++) {
                answers.add(executor.submit(() -> {
                    start.await();
                    return post(key, body);
                }));
            }
            start.countDown();
            String placed = null;
            for (var answer : answers) {
                var response = answer.get(30, TimeUnit.SECONDS);
                assertThat(response.statusCode()).isIn(201, 409);
                if (response.statusCode() == 201) {
                    assertThat(placed == null || placed.equals(response.body())).as("every 201 is the same answer").isTrue();
                    placed = response.body();
                }
            }
            assertThat(placed).as("one of them placed the order").isNotNull();
        } finally {
            executor.shutdownNow();
        }
        assertThat(ordersOf(customer)).isEqualTo(1);
    }

    @Test
    void aMalformedKeyIsRefusedAndExpiredKeysArePurged() throws Exception {
        var malformed = post("has spaces in it", orderJson(customer(), "EUR", ONE_MUG, "tok_approve"));
        assertThat(malformed.statusCode()).isEqualTo(400);

        var expired = UUID.randomUUID().toString();
        jdbc.sql("""
                        INSERT INTO idempotency_key (idempotency_key, request_path, fingerprint, response_status, created_at, expires_at)
                        VALUES (?, '/api/v1/orders', repeat('0', 64), 201, ?, ?)""")
                .params(expired, Timestamp.from(Instant.now().minusSeconds(90_000)), Timestamp.from(Instant.now().minusSeconds(3_600)))
                .update();

        assertThat(keys.purgeExpired()).isPositive();
        assertThat(jdbc.sql("SELECT count(*) FROM idempotency_key WHERE idempotency_key = ?").param(expired)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void aKeyIsTheCallersOwnItReplaysToNoOneElseAndNeverWithoutAToken() throws Exception {
        var key = UUID.randomUUID().toString();
        var body = orderJson("customer-42", "EUR", ONE_MUG, "tok_approve");
        var first = post(key, body, "customer-42");
        assertThat(first.statusCode()).isEqualTo(201);

        var anonymous = post(key, body, null);
        var anotherCaller = post(key, body, Tokens.STAFF);

        assertThat(anonymous.statusCode()).as("refused before any key is looked at").isEqualTo(401);
        assertThat(anonymous.body()).doesNotContain(first.body());
        assertThat(anotherCaller.statusCode()).as("another caller's key of the same name is another key").isEqualTo(201);
        assertThat(anotherCaller.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(anotherCaller.headers().firstValue("Location")).isNotEqualTo(first.headers().firstValue("Location"));
        assertThat(post(key, body, "customer-42").headers().firstValue("Idempotent-Replayed")).hasValue("true");
    }

    /**
     * Item 13: the process dies after the placement committed and before its answer was kept. The key was bound to the
     * order in the transaction that stored it; once the in-flight timeout has passed, the retry answers with that order.
     */
    @Test
    void anAnswerLostInACrashIsAnsweredByTheRetryWithTheOrderItPlaced() throws Exception {
        var customer = customer();
        var body = orderJson(customer, "EUR", ONE_MUG, "tok_approve");
        var key = UUID.randomUUID().toString();
        var first = post(key, body);
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(jdbc.sql("SELECT created_id::text FROM idempotency_key WHERE idempotency_key = ?").param(key)
                .query(String.class).single()).isEqualTo(first.headers().firstValue("Location").orElseThrow()
                .replaceAll(".*/", ""));
        // What the crash leaves: the claim without an answer, as old as the in-flight timeout.
        jdbc.sql("""
                        UPDATE idempotency_key SET response_status = NULL, content_type = NULL, location = NULL,
                          response_body = NULL, created_at = now() - interval '2 minutes' WHERE idempotency_key = ?""")
                .param(key).update();

        var retried = post(key, body);

        assertThat(retried.statusCode()).isEqualTo(201);
        assertThat(retried.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        assertThat(retried.body()).contains("\"status\":\"PAID\"");
        assertThat(ordersOf(customer)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM payment p JOIN orders o ON o.id = p.order_id WHERE o.customer_id = ?")
                .param(customer).query(Integer.class).single()).as("charged once").isEqualTo(1);
        assertThat(post(key, body).headers().firstValue("Idempotent-Replayed")).as("the retry's answer is kept")
                .hasValue("true");
    }

    @Test
    void anExpiredKeyIsNoLongerBoundToWhatItPlaced() throws Exception {
        var customer = customer();
        var key = UUID.randomUUID().toString();
        assertThat(post(key, orderJson(customer, "EUR", ONE_MUG, "tok_approve")).statusCode()).isEqualTo(201);
        jdbc.sql("UPDATE idempotency_key SET expires_at = now() - interval '1 second' WHERE idempotency_key = ?")
                .param(key).update();

        var reused = post(key, orderJson(customer, "EUR", "[{\"sku\": \"MUG-CLASSIC\", \"quantity\": 2}]", "tok_approve"));

        assertThat(reused.statusCode()).isEqualTo(201);
        assertThat(reused.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(ordersOf(customer)).isEqualTo(2);
    }

    /** Item 10: a retried shipment or refund does it once and answers the first answer again. */
    @Test
    void aRetriedShipmentAndARetriedRefundHappenOnce() throws Exception {
        var http = new Http(port);
        var placed = http.postJson("/api/v1/orders", orderJson(customer(), "EUR", ONE_MUG, "tok_approve"));
        assertThat(placed.status()).isEqualTo(201);
        var orderId = placed.json().at("/id").asString();
        var ship = "{\"carrier\": \"own-fleet\"}";
        var shipKey = UUID.randomUUID().toString();

        var shipped = postTo("/api/v1/orders/" + orderId + "/ship", shipKey, ship);
        var shippedAgain = postTo("/api/v1/orders/" + orderId + "/ship", shipKey, ship);

        assertThat(shipped.statusCode()).isEqualTo(200);
        assertThat(shippedAgain.statusCode()).isEqualTo(200);
        assertThat(shippedAgain.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(count("SELECT count(*) FROM order_shipment WHERE order_id = ?::uuid", orderId)).isEqualTo(1);

        // A crash after the shipment was recorded and before its answer was kept: the retry, run again, finds the
        // shipment its key names and answers with the order as it is, shipping nothing twice.
        jdbc.sql("""
                        UPDATE idempotency_key SET response_status = NULL, content_type = NULL, location = NULL,
                          response_body = NULL, created_at = now() - interval '2 minutes' WHERE idempotency_key = ?""")
                .param(shipKey).update();
        var shippedAfterCrash = postTo("/api/v1/orders/" + orderId + "/ship", shipKey, ship);
        assertThat(shippedAfterCrash.statusCode()).as(shippedAfterCrash.body()).isEqualTo(200);
        assertThat(shippedAfterCrash.headers().firstValue("Idempotent-Replayed")).as("run again, not replayed").isEmpty();
        assertThat(count("SELECT count(*) FROM order_shipment WHERE order_id = ?::uuid", orderId)).isEqualTo(1);

        // The shipment captured the payment before it was recorded; the order records the money through the outbox.
        await().atMost(Duration.ofSeconds(20)).until(() -> !http.get("/api/v1/orders/" + orderId).json()
                .at("/payment/captured/amount").asString().equals("0.00"));
        var refund = "{\"reasonCode\": \"goodwill\", \"amount\": \"1.00\"}";
        var refundKey = UUID.randomUUID().toString();
        var refunded = postTo("/api/v1/orders/" + orderId + "/refunds", refundKey, refund);
        var refundedAgain = postTo("/api/v1/orders/" + orderId + "/refunds", refundKey, refund);

        assertThat(refunded.statusCode()).isEqualTo(202);
        assertThat(refundedAgain.statusCode()).isEqualTo(202);
        assertThat(refundedAgain.body()).isEqualTo(refunded.body());
        assertThat(count("SELECT count(*) FROM order_refund WHERE order_id = ?::uuid AND kind <> 'VOID'", orderId)).isEqualTo(1);

        // A crash after the refund committed and before its answer was kept: the claim is left without an answer, as
        // old as the in-flight timeout. The retry runs the request again, which finds the refund its key names.
        var lostKey = UUID.randomUUID().toString();
        var lost = postTo("/api/v1/orders/" + orderId + "/refunds", lostKey, refund);
        assertThat(lost.statusCode()).isEqualTo(202);
        jdbc.sql("""
                        UPDATE idempotency_key SET response_status = NULL, content_type = NULL, location = NULL,
                          response_body = NULL, created_at = now() - interval '2 minutes' WHERE idempotency_key = ?""")
                .param(lostKey).update();

        var retried = postTo("/api/v1/orders/" + orderId + "/refunds", lostKey, refund);

        assertThat(retried.statusCode()).isEqualTo(202);
        assertThat(retried.headers().firstValue("Idempotent-Replayed")).as("run again, not replayed").isEmpty();
        assertThat(retried.headers().firstValue("Location")).isEqualTo(lost.headers().firstValue("Location"));
        assertThat(count("SELECT count(*) FROM order_refund WHERE order_id = ?::uuid AND kind <> 'VOID'", orderId))
                .as("refunded once for the lost answer").isEqualTo(2);
    }

    /**
     * Item 13 for what creates no order, refund or shipment: a note, a short pick, a payment retry, a stock receipt, a tax
     * rule and a promotion. A crash after the request committed and before its answer was kept leaves the claim without
     * an answer; the retry runs again and finds what the first run did (bound to its key in the same transaction), does
     * nothing twice, and answers as the first answer did.
     */
    @Test
    void aLostAnswerOfANoteAShortPickAPaymentRetryAReceiptARuleOrAPromotionDoesNothingTwice() {
        var http = new Http(port);
        var orderId = http.postJson("/api/v1/orders", orderJson(customer(), "EUR",
                "[{\"sku\": \"MUG-CLASSIC\", \"quantity\": 2}]", "tok_approve")).json().at("/id").asString();

        var note = lostThenRetried("/api/v1/orders/" + orderId + "/notes", "{\"visibility\": \"INTERNAL\", \"text\": \"ring twice\"}");
        assertThat(note.get(1).statusCode()).isEqualTo(201);
        assertThat(note.get(1).body()).isEqualTo(note.get(0).body());
        assertThat(count("SELECT count(*) FROM order_note WHERE order_id = ?::uuid AND text = 'ring twice'", orderId)).isEqualTo(1);

        var shortPick = lostThenRetried("/api/v1/orders/" + orderId + "/short-picks",
                "{\"location\": \"MAIN\", \"lineNumber\": 1, \"missing\": 1}");
        assertThat(shortPick.get(0).statusCode()).as(shortPick.get(0).body()).isEqualTo(200);
        assertThat(shortPick.get(1).statusCode()).isEqualTo(200);
        assertThat(shortPick.get(1).body()).as("the first outcome, not a second write-off").isEqualTo(shortPick.get(0).body());
        assertThat(count("SELECT count(*) FROM order_short_pick WHERE order_id = ?::uuid", orderId)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM order_note WHERE order_id = ?::uuid AND text LIKE 'Short pick%'", orderId))
                .isEqualTo(1);

        var declined = http.postJson("/api/v1/orders", orderJson(customer(), "EUR", ONE_MUG, "tok_decline"));
        assertThat(declined.status()).isEqualTo(402);
        var failedId = declined.json().at("/orderId").asString();
        var retry = lostThenRetried("/api/v1/orders/" + failedId + "/payment", "{\"paymentToken\": \"tok_approve\"}");
        assertThat(retry.get(0).statusCode()).as(retry.get(0).body()).isEqualTo(200);
        assertThat(retry.get(1).statusCode()).as("the order as the retry left it, not payment-retry-refused").isEqualTo(200);
        assertThat(retry.get(1).body()).contains("\"status\":\"PAID\"");
        assertThat(count("SELECT count(*) FROM payment WHERE order_id = ?::uuid", failedId)).as("declined, then one retry")
                .isEqualTo(2);

        var sku = "IDEM-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("INSERT INTO catalog_product (sku, name) VALUES (?, 'Idempotent receipt')").param(sku).update();
        var receipt = lostThenRetried("/api/v1/admin/stock/receipts",
                "{\"receipts\": [{\"location\": \"MAIN\", \"sku\": \"" + sku + "\", \"units\": 5}]}");
        assertThat(receipt.get(1).statusCode()).isEqualTo(200);
        assertThat(receipt.get(1).body()).isEqualTo(receipt.get(0).body());
        assertThat(jdbc.sql("SELECT on_hand FROM stock_level WHERE warehouse_code = 'MAIN' AND sku = ?").param(sku)
                .query(Integer.class).single()).as("booked in once").isEqualTo(5);

        var jurisdiction = "Idem" + UUID.randomUUID().toString().substring(0, 8);
        var rule = lostThenRetried("/api/v1/admin/tax-rules", """
                {"jurisdiction": "%s", "countryCode": "IS", "category": "STANDARD", "rate": "0.01"}""".formatted(jurisdiction));
        assertThat(rule.get(0).statusCode()).as(rule.get(0).body()).isEqualTo(201);
        assertThat(rule.get(1).statusCode()).isEqualTo(201);
        assertThat(rule.get(1).headers().firstValue("Location")).isEqualTo(rule.get(0).headers().firstValue("Location"));
        assertThat(jdbc.sql("SELECT count(*) FROM tax_rule WHERE jurisdiction = ?").param(jurisdiction).query(Integer.class)
                .single()).isEqualTo(1);

        var code = "IDEM" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        var promotion = lostThenRetried("/api/v1/admin/promotions", """
                {"id": "%s", "code": "%s", "benefit": "AMOUNT_OFF", "amountOff": {"amount": "1.00", "currency": "EUR"},
                 "skus": ["MUG-CLASSIC"]}""".formatted(code.toLowerCase(), code));
        assertThat(promotion.get(0).statusCode()).as(promotion.get(0).body()).isEqualTo(201);
        assertThat(promotion.get(1).statusCode()).as("the promotion it added, not promotion-conflict").isEqualTo(201);
        assertThat(promotion.get(1).body()).isEqualTo(promotion.get(0).body());
    }

    /** The first answer, and the retry's after a crash lost it: the claim left without an answer, as old as the in-flight timeout. */
    private List<HttpResponse<String>> lostThenRetried(String path, String body) {
        var key = UUID.randomUUID().toString();
        var first = postTo(path, key, body);
        jdbc.sql("""
                        UPDATE idempotency_key SET response_status = NULL, content_type = NULL, location = NULL,
                          response_body = NULL, created_at = now() - interval '2 minutes' WHERE idempotency_key = ?""")
                .param(key).update();
        var retried = postTo(path, key, body);
        assertThat(retried.headers().firstValue("Idempotent-Replayed")).as("run again, not replayed").isEmpty();
        return List.of(first, retried);
    }

    private HttpResponse<String> post(String key, String body) throws Exception {
        return post(key, body, Tokens.STAFF);
    }

    private HttpResponse<String> post(String key, String body, String client) {
        return send("/api/v1/orders", key, body, client);
    }

    private HttpResponse<String> postTo(String path, String key, String body) {
        return send(path, key, body, Tokens.STAFF);
    }

    private HttpResponse<String> send(String path, String key, String body, String client) {
        return Http.exchange(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json").header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body)), client);
    }

    private int count(String sql, String orderId) {
        return jdbc.sql(sql).param(orderId).query(Integer.class).single();
    }

    private int ordersOf(String customer) {
        return jdbc.sql("SELECT count(*) FROM orders WHERE customer_id = ?").param(customer).query(Integer.class).single();
    }

    private static String customer() {
        return "idem-" + UUID.randomUUID();
    }
}
