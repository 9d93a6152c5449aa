package io.orderservice.inventory;

import static io.orderservice.support.Http.orderJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.orderservice.inventory.application.port.in.ExpireStockHoldsUseCase;
import io.orderservice.payment.application.port.in.ApplyPaymentNewsUseCase;
import io.orderservice.payment.application.port.in.PaymentNews;
import io.orderservice.payment.domain.PaymentId;
import io.orderservice.shared.OrderId;
import io.orderservice.support.Http;
import io.orderservice.support.OrderServiceIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The hold's safety net: stock held for an order whose placement stalls past the hold's lifetime (here: a customer who
 * never returns from the 3-D Secure page, the saga's own window set longer) goes back on sale. If the customer
 * confirms after all, the placement reserves afresh: the order gets its unit if it is still there, and is cancelled
 * with its authorisation voided if someone else bought it meanwhile.
 */
@OrderServiceIntegrationTest
class StockHoldExpiryIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ExpireStockHoldsUseCase expiry;
    @Autowired
    ApplyPaymentNewsUseCase news;

    @Test
    void anExpiredHoldIsReleasedAndReservedAgainWhenThePlacementCompletesAfterAll() {
        var sku = lastUnit("LATE");
        var orderId = placeAwaitingConfirmation(sku, "customer-slow");
        assertThat(level(sku)).as("held while the customer confirms").isEqualTo("1/1");

        ageHoldsOf(orderId);
        assertThat(expiry.expireLapsedHolds()).contains(orderId);

        assertThat(level(sku)).as("for sale again").isEqualTo("1/0");
        assertThat(reservationStatus(orderId)).isEqualTo("EXPIRED");
        assertThat(expiry.expireLapsedHolds()).as("expired once").doesNotContain(orderId);

        confirmPayment(orderId);

        await().atMost(Duration.ofSeconds(20)).until(() -> orderStatus(orderId).equals("PAID"));
        assertThat(level(sku)).as("reserved afresh").isEqualTo("1/1");
        assertThat(reservationStatus(orderId)).isEqualTo("ALLOCATED");
    }

    @Test
    void anOrderWhoseExpiredUnitWasSoldMeanwhileIsCancelledAndItsAuthorisationVoided() {
        var sku = lastUnit("GONE");
        var slow = placeAwaitingConfirmation(sku, "customer-too-slow");
        ageHoldsOf(slow);
        expiry.expireLapsedHolds();
        var quick = new Http(port).postJson("/api/v1/orders", orderJson("customer-quick", "EUR",
                "[{\"sku\": \"" + sku + "\", \"quantity\": 1}]", "tok_approve"));
        assertThat(quick.json().get("status").asString()).as(quick.body()).isEqualTo("PAID");

        confirmPayment(slow);

        await().atMost(Duration.ofSeconds(30)).until(() -> orderStatus(slow).equals("CANCELLED"));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("SELECT status FROM payment WHERE order_id = ?::uuid")
                .param(slow.value()).query(String.class).single().equals("VOIDED"));
        assertThat(level(sku)).as("the quick customer's unit only").isEqualTo("1/1");
    }

    private String lastUnit(String prefix) {
        var sku = prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        jdbc.sql("INSERT INTO catalog_product (sku, name) VALUES (?, 'Last one')").param(sku).update();
        jdbc.sql("INSERT INTO catalog_price (sku, currency, unit_price_minor) VALUES (?, 'EUR', 3000)").param(sku).update();
        jdbc.sql("INSERT INTO stock_level (warehouse_code, sku, on_hand) VALUES ('MAIN', ?, 1)").param(sku).update();
        return sku;
    }

    private OrderId placeAwaitingConfirmation(String sku, String customer) {
        var placed = new Http(port).postJson("/api/v1/orders", orderJson(customer, "EUR",
                "[{\"sku\": \"" + sku + "\", \"quantity\": 1}]", "tok_requires_action"));
        assertThat(placed.json().get("status").asString()).as(placed.body()).isEqualTo("AWAITING_PAYMENT");
        return OrderId.of(placed.json().get("id").asString());
    }

    /** As if the hold had been made three hours ago, past the default two-hour lifetime. */
    private void ageHoldsOf(OrderId orderId) {
        jdbc.sql("UPDATE stock_reservation SET created_at = now() - interval '3 hours' WHERE order_id = ?::uuid")
                .param(orderId.value()).update();
    }

    /** The customer finished the challenge, and the gateway says so. */
    private void confirmPayment(OrderId orderId) {
        var payment = jdbc.sql("SELECT id FROM payment WHERE order_id = ?::uuid").param(orderId.value()).query(String.class).single();
        var reference = jdbc.sql("SELECT gateway_reference FROM payment_transaction WHERE payment_id = ?::uuid")
                .param(payment).query(String.class).single();
        news.apply("it", new PaymentNews("sandbox", "confirmed-" + payment, PaymentId.of(payment), PaymentNews.Kind.AUTHORISED,
                null, reference, null, Instant.now()));
    }

    private String level(String sku) {
        return jdbc.sql("SELECT on_hand || '/' || reserved FROM stock_level WHERE sku = ?").param(sku).query(String.class).single();
    }

    private String reservationStatus(OrderId orderId) {
        return jdbc.sql("SELECT status FROM stock_reservation WHERE order_id = ?::uuid").param(orderId.value()).query(String.class).single();
    }

    private String orderStatus(OrderId orderId) {
        return jdbc.sql("SELECT status FROM orders WHERE id = ?::uuid").param(orderId.value()).query(String.class).single();
    }
}
