package io.orderservice.payment;

import static io.orderservice.support.Http.orderJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.orderservice.payment.application.port.out.PaymentGateway;
import io.orderservice.shared.OrderId;
import io.orderservice.support.Http;
import io.orderservice.support.OrderServiceIntegrationTest;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Issue 17, item 9: a gateway that keeps its callers waiting (a local HTTP server that answers only when the test lets
 * it) must not drain the connection pool. Wallet payments go to it; card payments to the sandbox. The pool is cut to 4 connections that
 * are given up on after 1.5 s, so that four placements waiting on the slow gateway would leave none if an authorisation
 * held its connection while the gateway was asked: the card placements made meanwhile would fail, and readiness too.
 */
@OrderServiceIntegrationTest
class SlowGatewayIT {

    private static final int SLOW_PLACEMENTS = 4;
    private static final HttpServer SLOW = slowGateway();
    private static final AtomicInteger IN_FLIGHT = new AtomicInteger();
    private static final CountDownLatch ALL_ASKED = new CountDownLatch(SLOW_PLACEMENTS);
    private static final CountDownLatch RELEASE = new CountDownLatch(1);

    private static HttpServer slowGateway() {
        try {
            var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.setExecutor(Executors.newCachedThreadPool());
            server.createContext("/", exchange -> {
                IN_FLIGHT.incrementAndGet();
                ALL_ASKED.countDown();
                try {
                    RELEASE.await(60, TimeUnit.SECONDS); // the test says when the gateway answers
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                IN_FLIGHT.decrementAndGet();
                exchange.sendResponseHeaders(503, -1);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void slowWallets(DynamicPropertyRegistry properties) {
        properties.add("order-service.payment.http-gateways.slow.base-url", () -> "http://127.0.0.1:" + SLOW.getAddress().getPort());
        properties.add("order-service.payment.http-gateways.slow.api-key", () -> "sk_test_slow");
        properties.add("order-service.payment.http-gateways.slow.read-timeout", () -> "60s");
        properties.add("order-service.payment.routing.routes[0].method-types[0]", () -> "WALLET");
        properties.add("order-service.payment.routing.routes[0].gateways[0]", () -> "slow");
        properties.add("order-service.payment.routing.routes[1].method-types[0]", () -> "BANK_TRANSFER");
        properties.add("order-service.payment.routing.routes[1].gateways[0]", () -> WatchfulGateway.NAME);
        properties.add("resilience4j.retry.instances.payment-slow.max-attempts", () -> "1");
        properties.add("spring.datasource.hikari.maximum-pool-size", () -> "4");
        properties.add("spring.datasource.hikari.connection-timeout", () -> "1500");
    }

    @AfterAll
    static void stop() {
        RELEASE.countDown();
        SLOW.stop(0);
    }

    /**
     * Approves every request, and notes for each authorisation whether the asking thread had a transaction open and
     * whether the order's row could be locked at that moment from another connection (NOWAIT: a lock held answers
     * SQLSTATE 55P03 at once).
     */
    static final class WatchfulGateway implements PaymentGateway {

        static final String NAME = "watchful";
        final List<String> seen = new CopyOnWriteArrayList<>();
        private final DataSource dataSource;

        WatchfulGateway(DataSource dataSource) {
            this.dataSource = dataSource;
        }

        @Override
        public String name() {
            return NAME;
        }

        @Override
        public GatewayResult authorise(AuthorisationRequest request) {
            seen.add(request.amount() + (TransactionSynchronizationManager.isActualTransactionActive() ? " in a transaction" : "")
                    + (orderRowLockable(request.orderId()) ? "" : " with the order locked"));
            return new Approved("watchful_" + request.paymentId());
        }

        private boolean orderRowLockable(OrderId orderId) {
            try (var connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);
                try (var statement = connection.prepareStatement("SELECT id FROM orders WHERE id = ? FOR UPDATE NOWAIT")) {
                    statement.setObject(1, orderId.value());
                    statement.executeQuery().close();
                    return true;
                } catch (SQLException locked) {
                    return false;
                } finally {
                    connection.rollback();
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public GatewayResult capture(CaptureRequest request) {
            return new Approved("watchful_capture_" + request.paymentId());
        }

        @Override
        public GatewayResult voidAuthorisation(VoidRequest request) {
            return new Approved("watchful_void_" + request.paymentId());
        }

        @Override
        public GatewayResult refund(RefundRequest request) {
            return new Approved("watchful_refund_" + request.paymentId());
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Watching {
        @Bean
        WatchfulGateway watchfulGateway(DataSource dataSource) {
            return new WatchfulGateway(dataSource);
        }
    }

    @LocalServerPort
    int port;
    @LocalManagementPort
    int managementPort;

    @Autowired
    WatchfulGateway watchful;

    @Test
    void aLineChangeIsReauthorisedWithNoTransactionOpenAndTheOrderUnlocked() {
        var http = new Http(port);
        var placed = http.postJson("/api/v1/orders", orderJson("customer-watched", "EUR",
                "[{\"sku\": \"MUG-CLASSIC\", \"quantity\": 1}]", "tok_approve")
                .replace("\"paymentToken\"", "\"paymentMethod\": \"BANK_TRANSFER\", \"paymentToken\""));
        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        var orderId = placed.json().get("id").asString();

        var added = http.send("POST", "/api/v1/orders/" + orderId + "/items", "{\"sku\": \"HOODIE-GRY-M\", \"quantity\": 1}",
                "If-Match", http.get("/api/v1/orders/" + orderId).etag());

        assertThat(added.status()).as(added.body()).isEqualTo(201);
        var total = added.json().at("/totals/grandTotal/amount").asString();
        assertThat(watchful.seen).as("the placement's authorisation, then the change's, each asked with nothing held")
                .hasSize(2).last().isEqualTo(total + " EUR");
        assertThat(watchful.seen.get(0)).doesNotContain("transaction", "locked");
        assertThat(added.json().at("/payment/reference").asString()).as("the change adopted the new authorisation")
                .isNotEqualTo(placed.json().at("/payment/reference").asString());
    }

    @Test
    void placementsOfOtherOrdersKeepAnsweringWhileTheSlowGatewayHoldsFourAuthorisations() throws Exception {
        var http = new Http(port);
        var slow = new ArrayList<CompletableFuture<Http.Response>>();
        for (int i = 0; i < SLOW_PLACEMENTS; i++) {
            var customer = "customer-slow-" + i;
            slow.add(CompletableFuture.supplyAsync(() -> http.postJson("/api/v1/orders", orderJson(customer, "EUR",
                    "[{\"sku\": \"MUG-CLASSIC\", \"quantity\": 1}]", "tok_approve")
                    .replace("\"paymentToken\"", "\"paymentMethod\": \"WALLET\", \"paymentToken\""))));
        }
        assertThat(ALL_ASKED.await(20, TimeUnit.SECONDS)).as("every slow placement is waiting on the gateway").isTrue();

        for (int i = 0; i < 3; i++) {
            var placed = http.postJson("/api/v1/orders", orderJson("customer-fast-" + i, "EUR",
                    "[{\"sku\": \"MUG-CLASSIC\", \"quantity\": 1}]", "tok_approve"));
            assertThat(placed.status()).as(placed.body()).isEqualTo(201);
            assertThat(placed.json().get("status").asString()).isEqualTo("PAID");
        }
        var readiness = Http.anonymous(managementPort).get("/actuator/health/readiness");
        assertThat(readiness.status()).as(readiness.body()).isEqualTo(200);
        assertThat(IN_FLIGHT.get()).as("the slow gateway still had them all while the others were placed")
                .isEqualTo(SLOW_PLACEMENTS);

        RELEASE.countDown();
        for (var placement : slow) {
            var answer = placement.get(30, TimeUnit.SECONDS);
            assertThat(answer.status()).as(answer.body()).isIn(201, 202);
        }
    }
}
