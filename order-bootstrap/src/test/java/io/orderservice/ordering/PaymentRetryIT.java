package io.orderservice.ordering;

import static io.orderservice.support.Http.orderJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.orderservice.ordering.application.CancelUnpaidOrders;
import io.orderservice.payment.application.port.in.ApplyPaymentNewsUseCase;
import io.orderservice.payment.application.port.in.PaymentNews;
import io.orderservice.payment.domain.PaymentId;
import io.orderservice.support.Http;
import io.orderservice.support.OrderServiceIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A failed payment can be retried with another method within the window, on the same order and the
 * same stock; when the window lapses the order is cancelled and its stock released.
 */
@OrderServiceIntegrationTest
class PaymentRetryIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplyPaymentNewsUseCase news;
    @Autowired
    CancelUnpaidOrders lapses;

    @Test
    void aDeclinedPaymentIsRetriedOnTheSameOrderWithoutReservingTwice() {
        var http = new Http(port);
        var orderId = orderWhosePaymentFailed(http);
        assertThat(reservations(orderId)).as("the stock stays reserved while the customer may retry").isEqualTo("ALLOCATED x1");

        var declinedAgain = http.postJson("/api/v1/orders/" + orderId + "/payment", "{\"paymentToken\": \"tok_decline\"}");
        assertThat(declinedAgain.status()).isEqualTo(402);
        assertThat(status(orderId)).isEqualTo("PAYMENT_FAILED");

        var paid = http.postJson("/api/v1/orders/" + orderId + "/payment", "{\"paymentToken\": \"tok_approve\"}");
        assertThat(paid.status()).isEqualTo(200);
        assertThat(paid.json().get("status").asString()).isEqualTo("PAID");
        assertThat(paid.json().at("/payment/reference").asString()).startsWith("sbx_auth_");
        assertThat(reservations(orderId)).isEqualTo("ALLOCATED x1");

        var again = http.postJson("/api/v1/orders/" + orderId + "/payment", "{\"paymentToken\": \"tok_approve\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("type").asString()).isEqualTo("urn:order-service:problem:illegal-transition");
    }

    @Test
    void whenTheWindowLapsesTheOrderIsCancelledAndItsStockReleased() {
        var http = new Http(port);
        var orderId = orderWhosePaymentFailed(http);
        // 31 minutes pass (the window is 30).
        jdbc.sql("UPDATE orders SET updated_at = updated_at - interval '31 minutes' WHERE id = ?::uuid").param(orderId).update();
        jdbc.sql("UPDATE order_status_history SET occurred_at = occurred_at - interval '31 minutes' WHERE order_id = ?::uuid")
                .param(orderId).update();

        var late = http.postJson("/api/v1/orders/" + orderId + "/payment", "{\"paymentToken\": \"tok_approve\"}");
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().get("type").asString()).isEqualTo("urn:order-service:problem:payment-retry-refused");

        assertThat(lapses.cancelLapsed()).isPositive();
        assertThat(status(orderId)).isEqualTo("CANCELLED");
        await().atMost(Duration.ofSeconds(20)).until(() -> reservations(orderId).equals("RELEASED x1"));
    }

    /** Placed awaiting the customer's 3-D Secure confirmation, then declined by the gateway's later news. */
    private String orderWhosePaymentFailed(Http http) {
        var placed = http.postJson("/api/v1/orders", orderJson("customer-retry", "EUR",
                "[{\"sku\": \"MUG-CLASSIC\", \"quantity\": 1}]", "tok_requires_action"));
        var orderId = placed.json().get("id").asString();
        var payment = jdbc.sql("SELECT id FROM payment WHERE order_id = ?::uuid").param(orderId).query(String.class).single();
        news.apply("it", new PaymentNews("sandbox", "declined-" + payment, PaymentId.of(payment), PaymentNews.Kind.DECLINED,
                null, null, "authentication_failed", Instant.now()));
        assertThat(status(orderId)).isEqualTo("PAYMENT_FAILED");
        await().atMost(Duration.ofSeconds(20)).until(() -> reservations(orderId).startsWith("ALLOCATED"));
        return orderId;
    }

    private String status(String orderId) {
        return jdbc.sql("SELECT status FROM orders WHERE id = ?::uuid").param(orderId).query(String.class).single();
    }

    private String reservations(String orderId) {
        return jdbc.sql("SELECT string_agg(DISTINCT status, ',') || ' x' || count(*) FROM stock_reservation WHERE order_id = ?::uuid")
                .param(orderId).query(String.class).single();
    }
}
