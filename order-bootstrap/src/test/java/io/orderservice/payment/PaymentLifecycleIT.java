package io.orderservice.payment;

import static io.orderservice.support.Http.orderJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.orderservice.ordering.application.port.out.OrderRepository;
import io.orderservice.ordering.domain.Actor;
import io.orderservice.ordering.domain.Order;
import io.orderservice.ordering.domain.ShippedLine;
import io.orderservice.payment.application.port.in.ApplyPaymentNewsUseCase;
import io.orderservice.payment.application.port.in.PaymentNews;
import io.orderservice.payment.application.port.in.RefundPaymentUseCase.RefundCommand;
import io.orderservice.payment.application.port.in.RefundPaymentUseCase;
import io.orderservice.payment.domain.IllegalPaymentOperationException;
import io.orderservice.payment.domain.PaymentId;
import io.orderservice.shared.Money;
import io.orderservice.shared.OrderId;
import io.orderservice.support.Http;
import io.orderservice.support.OrderServiceIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The payment follows the order: shipped → captured, cancelled → voided, through the outbox; refunds
 * after capture in parts, never beyond it. The order's status changes are made the way the lifecycle
 * use cases (issue 6) will make them: the aggregate moves, is saved, its events published, in one transaction.
 */
@OrderServiceIntegrationTest
class PaymentLifecycleIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    OrderRepository orders;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    RefundPaymentUseCase refunds;
    @Autowired
    ApplyPaymentNewsUseCase news;

    @Test
    void shippingCapturesTheWholeAmountAndRefundsNeverExceedIt() {
        var orderId = placePaidOrder();
        assertThat(capturePublications(orderId))
                .as("the placement's PAID change does not match the listener's condition: no publication").isZero();

        change(orderId, order -> order.ship(UUID.randomUUID(), "DHL", "JD1", null, order.lines().stream()
                .map(line -> new ShippedLine(line.lineNumber(), line.quantity())).toList(), Actor.system(), Instant.now()));

        await().atMost(Duration.ofSeconds(20)).until(() -> paymentStatus(orderId).equals("CAPTURED"));
        assertThat(capturePublications(orderId)).isEqualTo(1);
        long amount = jdbc.sql("SELECT amount_minor FROM payment WHERE order_id = ?::uuid").param(orderId.value())
                .query(Long.class).single();
        assertThat(jdbc.sql("SELECT captured_minor FROM payment WHERE order_id = ?::uuid").param(orderId.value())
                .query(Long.class).single()).isEqualTo(amount);

        refunds.refund(new RefundCommand(orderId, Money.of(1_000, "EUR"), "r-1", "damaged mug"));
        refunds.refund(new RefundCommand(orderId, Money.of(1_000, "EUR"), "r-1", "asked twice"));
        assertThat(paymentStatus(orderId)).isEqualTo("PARTIALLY_REFUNDED");
        assertThatThrownBy(() -> refunds.refund(new RefundCommand(orderId, Money.of(amount - 999, "EUR"), "r-2", "too much")))
                .isInstanceOf(IllegalPaymentOperationException.class);
        refunds.refund(new RefundCommand(orderId, Money.of(amount - 1_000, "EUR"), "r-3", "the rest"));
        assertThat(paymentStatus(orderId)).isEqualTo("REFUNDED");
        assertThat(jdbc.sql("SELECT refunded_minor FROM payment WHERE order_id = ?::uuid").param(orderId.value())
                .query(Long.class).single()).isEqualTo(amount);

        // The order shows its money too (recorded through the outbox, so eventually).
        var http = new Http(port);
        await().atMost(Duration.ofSeconds(20)).until(() ->
                http.get("/api/v1/orders/" + orderId).json().at("/payment/refunded/amount").asString()
                        .equals(http.get("/api/v1/orders/" + orderId).json().at("/totals/grandTotal/amount").asString()));
        var order = http.get("/api/v1/orders/" + orderId).json();
        assertThat(order.at("/payment/captured/amount").asString()).isEqualTo(order.at("/totals/grandTotal/amount").asString());
        assertThat(order.at("/payment/reference").asString()).startsWith("sbx_auth_");
        assertThat(order.at("/payment/disputed").asBoolean()).isFalse();
        assertThat(order.get("status").asString()).isEqualTo("SHIPPED");
    }

    @Test
    void cancellingAPaidOrderVoidsItsAuthorisationAndReleasesItsStock() {
        var orderId = placePaidOrder();

        change(orderId, order -> order.cancel("customer changed their mind", Actor.system(), Instant.now()));

        await().atMost(Duration.ofSeconds(20)).until(() -> paymentStatus(orderId).equals("VOIDED"));
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                "SELECT string_agg(DISTINCT status, ',') FROM stock_reservation WHERE order_id = ?::uuid")
                .param(orderId.value()).query(String.class).single().equals("RELEASED"));
        assertThat(jdbc.sql("""
                SELECT count(*) FROM payment_transaction t JOIN payment p ON p.id = t.payment_id
                WHERE p.order_id = ?::uuid AND t.kind = 'VOID' AND t.succeeded""").param(orderId.value())
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void anAuthorisationThatArrivesAfterTheOrderWasCancelledIsVoided() {
        var placed = new Http(port).postJson("/api/v1/orders", orderJson("customer-late", "EUR",
                "[{\"sku\": \"MUG-CLASSIC\", \"quantity\": 1}]", "tok_requires_action"));
        var orderId = OrderId.of(placed.json().get("id").asString());
        change(orderId, order -> order.cancel("customer gave up on the 3-D Secure page", Actor.system(), Instant.now()));
        var payment = jdbc.sql("SELECT id FROM payment WHERE order_id = ?::uuid").param(orderId.value()).query(String.class).single();
        var reference = jdbc.sql("SELECT gateway_reference FROM payment_transaction WHERE payment_id = ?::uuid")
                .param(payment).query(String.class).single();

        // The customer finished the challenge after all, and the gateway says so.
        news.apply("it", new PaymentNews("sandbox", "late-" + payment, PaymentId.of(payment), PaymentNews.Kind.AUTHORISED,
                null, reference, null, Instant.now()));

        await().atMost(Duration.ofSeconds(20)).until(() -> paymentStatus(orderId).equals("VOIDED"));
        assertThat(jdbc.sql("SELECT status FROM orders WHERE id = ?::uuid").param(orderId.value()).query(String.class).single())
                .isEqualTo("CANCELLED");
    }

    private OrderId placePaidOrder() {
        var placed = new Http(port).postJson("/api/v1/orders", orderJson("customer-lifecycle", "EUR",
                "[{\"sku\": \"MUG-CLASSIC\", \"quantity\": 1}]", "tok_approve"));
        assertThat(placed.json().get("status").asString()).isEqualTo("PAID");
        return OrderId.of(placed.json().get("id").asString());
    }

    private void change(OrderId orderId, Consumer<Order> change) {
        transaction.executeWithoutResult(status -> {
            var order = orders.findById(orderId).orElseThrow();
            change.accept(order);
            orders.save(order);
            order.pullEvents().forEach(events::publishEvent);
        });
    }

    private int capturePublications(OrderId orderId) {
        return jdbc.sql("SELECT count(*) FROM event_publication WHERE listener_id LIKE '%CapturePaymentWhenOrderShips%'"
                + " AND serialized_event LIKE ?").param("%" + orderId + "%").query(Integer.class).single();
    }

    private String paymentStatus(OrderId orderId) {
        return jdbc.sql("SELECT status FROM payment WHERE order_id = ?::uuid").param(orderId.value()).query(String.class).single();
    }
}
