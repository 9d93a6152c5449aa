package io.orderservice.ordering;

import static io.orderservice.support.Http.orderJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.orderservice.support.Http;
import io.orderservice.support.OrderServiceIntegrationTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The approval workflow over HTTP against PostgreSQL: a business customer's order waits for an approver
 * with nothing reserved or charged; approved it is placed, rejected it is cancelled; the decision and its
 * author are in the history.
 */
@OrderServiceIntegrationTest
class OrderApprovalIT {

    private static final String ONE_MUG = "[{\"sku\": \"MUG-CLASSIC\", \"quantity\": 1}]";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aBusinessOrderWaitsForAnApproverAndIsPlacedWhenApproved() {
        var http = new Http(port);
        var approver = Http.as(port, "approver");
        var waiting = http.postJson("/api/v1/orders", business(http, ONE_MUG));

        assertThat(waiting.status()).isEqualTo(202);
        assertThat(waiting.json().get("status").asString()).isEqualTo("PENDING_APPROVAL");
        var orderId = waiting.json().get("id").asString();
        assertThat(count("SELECT count(*) FROM stock_reservation WHERE order_id = ?::uuid", orderId)).isZero();
        assertThat(count("SELECT count(*) FROM payment WHERE order_id = ?::uuid", orderId)).isZero();
        assertThat(approver.postJson("/api/v1/orders/" + orderId + "/approval", "{\"approve\": true}").status()).isEqualTo(400);

        var approved = approver.postJson("/api/v1/orders/" + orderId + "/approval",
                "{\"approve\": true, \"reason\": \"within budget\", \"approver\": \"someone-else\"}");

        assertThat(approved.status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> status(orderId).equals("PAID"));
        assertThat(jdbc.sql("SELECT actor_id FROM order_status_history WHERE order_id = ?::uuid AND action = 'APPROVE'")
                .param(orderId).query(String.class).single())
                .as("the approver is the token's subject, whatever the body says").isEqualTo("approver");
        assertThat(approver.postJson("/api/v1/orders/" + orderId + "/approval",
                "{\"approve\": true, \"reason\": \"again\"}").status()).isEqualTo(409);
    }

    @Test
    void aRejectedOrderIsCancelledWithNothingReservedOrCharged() {
        var http = new Http(port);
        var orderId = http.postJson("/api/v1/orders", business(http, ONE_MUG)).json().get("id").asString();

        var rejected = Http.as(port, "approver").postJson("/api/v1/orders/" + orderId + "/approval",
                "{\"approve\": false, \"reason\": \"over budget\"}");

        assertThat(rejected.status()).isEqualTo(200);
        assertThat(rejected.json().get("status").asString()).isEqualTo("CANCELLED");
        assertThat(status(orderId)).isEqualTo("CANCELLED");
        assertThat(count("SELECT count(*) FROM stock_reservation WHERE order_id = ?::uuid", orderId)).isZero();
        assertThat(count("SELECT count(*) FROM payment WHERE order_id = ?::uuid", orderId)).isZero();
        assertThat(jdbc.sql("SELECT reason FROM order_status_history WHERE order_id = ?::uuid AND action = 'REJECT_APPROVAL'")
                .param(orderId).query(String.class).single()).isEqualTo("over budget");
    }

    @Test
    void aConsumerOrderAboveTheThresholdWaitsToo() {
        // 10,000 EUR is the threshold: 1,200 mugs at 12.50, every third free (mugs-3-for-2), 10,000.00 + 20 % VAT.
        var placed = new Http(port).postJson("/api/v1/orders", orderJson("approval-" + UUID.randomUUID(), "EUR",
                "[{\"sku\": \"MUG-CLASSIC\", \"quantity\": 1200}]", "tok_approve"));

        assertThat(placed.json().get("status").asString()).isEqualTo("PENDING_APPROVAL");
    }

    /** An order of a customer whose pricing profile says they buy as a business (an admin set it). */
    private static String business(Http admin, String lines) {
        var customer = "approval-" + UUID.randomUUID();
        assertThat(admin.send("PUT", "/api/v1/admin/customers/" + customer + "/pricing-profile", "{\"business\": true}").status())
                .isEqualTo(200);
        return orderJson(customer, "EUR", lines, "tok_approve");
    }

    @Test
    void aBusinessCustomerCannotSkipApprovalBySayingTheyAreAConsumer() {
        var http = new Http(port);
        var body = business(http, ONE_MUG).replace("\"paymentToken\"", "\"customerType\": \"CONSUMER\", \"paymentToken\"");

        assertThat(http.postJson("/api/v1/orders", body).json().get("status").asString()).isEqualTo("PENDING_APPROVAL");
    }

    private String status(String orderId) {
        return jdbc.sql("SELECT status FROM orders WHERE id = ?::uuid").param(orderId).query(String.class).single();
    }

    private int count(String sql, String orderId) {
        return jdbc.sql(sql).param(orderId).query(Integer.class).single();
    }
}
