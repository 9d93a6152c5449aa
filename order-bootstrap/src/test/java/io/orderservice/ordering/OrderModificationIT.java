package io.orderservice.ordering;

import static io.orderservice.support.Http.orderJson;
import static org.assertj.core.api.Assertions.assertThat;

import io.orderservice.support.Http;
import io.orderservice.support.OrderServiceIntegrationTest;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
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
 * PUT /orders/{id} over HTTP against PostgreSQL: delivery details change with If-Match until the order
 * ships; a missing If-Match is 428, a stale one 412; of two concurrent changes from the same version
 * exactly one wins and the other gets 412 — never a lost update.
 */
@OrderServiceIntegrationTest
class OrderModificationIT {

    private static final String LEEDS = """
            {"shippingAddress": {"recipient": "Ada Lovelace", "line1": "1 New Street", "city": "Leeds",
                                 "postalCode": "ls14ap", "countryCode": "GB"},
             "deliveryInstructions": "%s", "requestedDeliveryDate": "%s"}""";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void deliveryDetailsChangeWithTheCurrentVersionAndTheChangeIsInTheHistory() throws Exception {
        var orderId = place();
        var etag = get(orderId).headers().firstValue("ETag").orElseThrow();
        var tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1);

        var changed = put(orderId, etag, LEEDS.formatted("ring twice", tomorrow));

        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.body()).contains("\"postalCode\":\"LS1 4AP\"").contains("\"deliveryInstructions\":\"ring twice\"")
                .contains("\"requestedDeliveryDate\":\"" + tomorrow + "\"").contains("\"status\":\"PAID\"");
        var newTag = changed.headers().firstValue("ETag").orElseThrow();
        assertThat(newTag).isNotEqualTo(etag).isEqualTo(get(orderId).headers().firstValue("ETag").orElseThrow());
        assertThat(jdbc.sql("SELECT reason FROM order_status_history WHERE order_id = ?::uuid AND action = 'MODIFY'")
                .param(orderId).query(String.class).single())
                .isEqualTo("changed shippingAddress, deliveryInstructions, requestedDeliveryDate");

        var stale = put(orderId, etag, LEEDS.formatted("ring three times", tomorrow));
        assertThat(stale.statusCode()).isEqualTo(412);
        var missing = put(orderId, null, LEEDS.formatted("ring three times", tomorrow));
        assertThat(missing.statusCode()).isEqualTo(428);
        assertThat(missing.body()).contains("urn:order-service:problem:precondition-required");
        var past = put(orderId, newTag, LEEDS.formatted("ring twice", LocalDate.now(ZoneOffset.UTC).minusDays(2)));
        assertThat(past.statusCode()).isEqualTo(422);
        assertThat(get(orderId).body()).contains("\"deliveryInstructions\":\"ring twice\"");
    }

    @Test
    void twoConcurrentChangesFromTheSameVersionMakeOneSuccessAndOnePreconditionFailure() throws Exception {
        var orderId = place();
        var etag = get(orderId).headers().firstValue("ETag").orElseThrow();
        var tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1);
        var start = new CountDownLatch(1);
        var executor = Executors.newFixedThreadPool(2);
        try {
            var answers = new ArrayList<Future<HttpResponse<String>>>();
            for (var instructions : new String[] {"first writer", "second writer"}) {
                answers.add(executor.submit(() -> {
                    start.await();
                    return put(orderId, etag, LEEDS.formatted(instructions, tomorrow));
                }));
            }
            start.countDown();
            var statuses = new ArrayList<Integer>();
            String winner = null;
            for (var answer : answers) {
                var response = answer.get(30, TimeUnit.SECONDS);
                statuses.add(response.statusCode());
                if (response.statusCode() == 200) {
                    winner = response.body().contains("first writer") ? "first writer" : "second writer";
                }
            }
            assertThat(statuses).containsExactlyInAnyOrder(200, 412);
            assertThat(get(orderId).body()).as("the winner's change stands").contains(winner);
            assertThat(jdbc.sql("SELECT count(*) FROM order_status_history WHERE order_id = ?::uuid AND action = 'MODIFY'")
                    .param(orderId).query(Integer.class).single()).isEqualTo(1);
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void aShippedOrderCannotBeChangedAndTheProblemNamesWhatIsAllowed() throws Exception {
        var orderId = place();
        jdbc.sql("UPDATE orders SET status = 'SHIPPED' WHERE id = ?::uuid").param(orderId).update();
        var etag = get(orderId).headers().firstValue("ETag").orElseThrow();

        var refused = put(orderId, etag, LEEDS.formatted("too late", LocalDate.now(ZoneOffset.UTC).plusDays(1)));

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("urn:order-service:problem:illegal-transition").contains("\"currentStatus\":\"SHIPPED\"")
                .contains("\"allowedActions\":[\"DELIVER\",\"REQUEST_RETURN\",\"ADVANCE_RETURN\",\"REFUND\"]");
    }

    private String place() {
        var placed = new Http(port).postJson("/api/v1/orders", orderJson("modify-" + UUID.randomUUID(), "EUR",
                "[{\"sku\": \"MUG-CLASSIC\", \"quantity\": 1}]", "tok_approve"));
        assertThat(placed.status()).isEqualTo(201);
        return placed.json().get("id").asString();
    }

    private HttpResponse<String> get(String orderId) throws Exception {
        return Http.exchange(HttpRequest.newBuilder(uri(orderId)).GET());
    }

    private HttpResponse<String> put(String orderId, String ifMatch, String body) throws Exception {
        var request = HttpRequest.newBuilder(uri(orderId)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return Http.exchange(request);
    }

    private URI uri(String orderId) {
        return URI.create("http://localhost:" + port + "/api/v1/orders/" + orderId);
    }
}
