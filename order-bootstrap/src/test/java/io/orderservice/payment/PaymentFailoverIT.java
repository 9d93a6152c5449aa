package io.orderservice.payment;

import static io.orderservice.support.Http.orderJson;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.orderservice.support.Http;
import io.orderservice.support.OrderServiceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The preferred gateway is down (nothing listens where it should be): card payments in EUR fail over
 * to the sandbox, the preferred gateway's circuit opens, and from then on it is not even tried.
 * Configured the way an operator would, through application properties.
 */
@OrderServiceIntegrationTest
class PaymentFailoverIT {

    /**
     * Nothing listens on port 1 (tcpmux, privileged, unused), so every connection is refused at once. A port found free
     * and closed again is not safe: a server started later (this very context's) may be given it, and a build that ran
     * into that saw acme answer 401 instead of being down.
     */
    private static final int NOTHING_LISTENS = 1;

    @DynamicPropertySource
    static void acmeIsDown(DynamicPropertyRegistry properties) {
        properties.add("order-service.payment.http-gateways.acme.base-url", () -> "http://127.0.0.1:" + NOTHING_LISTENS);
        properties.add("order-service.payment.http-gateways.acme.api-key", () -> "sk_test_acme");
        properties.add("order-service.payment.routing.routes[0].method-types[0]", () -> "WALLET");
        properties.add("order-service.payment.routing.routes[0].gateways[0]", () -> "sandbox");
        properties.add("order-service.payment.routing.routes[1].method-types[0]", () -> "CARD");
        properties.add("order-service.payment.routing.routes[1].currencies[0]", () -> "EUR");
        properties.add("order-service.payment.routing.routes[1].gateways[0]", () -> "acme");
        properties.add("order-service.payment.routing.routes[1].gateways[1]", () -> "sandbox");
        properties.add("resilience4j.retry.instances.payment-acme.wait-duration", () -> "10ms");
    }

    @LocalServerPort
    int port;
    @LocalManagementPort
    int managementPort;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CircuitBreakerRegistry circuitBreakers;

    @Test
    void aWalletPaymentIsRoutedByItsMethodAndNeverTriesTheCardGateway() {
        var acme = circuitBreakers.circuitBreaker("payment-acme").getMetrics();
        long callsBefore = acme.getNumberOfBufferedCalls() + acme.getNumberOfNotPermittedCalls();

        var placed = new Http(port).postJson("/api/v1/orders", orderJson("customer-wallet", "EUR",
                "[{\"sku\": \"MUG-CLASSIC\", \"quantity\": 1}]", "tok_approve")
                .replace("\"paymentToken\"", "\"paymentMethod\": \"WALLET\", \"paymentToken\""));

        assertThat(placed.status()).isEqualTo(201);
        assertThat(jdbc.sql("""
                SELECT p.method_type || ' ' || p.gateway FROM payment p JOIN orders o ON o.id = p.order_id
                WHERE o.customer_id = 'customer-wallet'""").query(String.class).single()).isEqualTo("WALLET sandbox");
        assertThat(acme.getNumberOfBufferedCalls() + acme.getNumberOfNotPermittedCalls()).isEqualTo(callsBefore);
    }

    @Test
    void paymentsFailOverWhileThePreferredGatewayIsDownAndItsCircuitOpens() {
        var http = new Http(port);
        for (int i = 0; i < 6; i++) {
            var placed = http.postJson("/api/v1/orders", orderJson("customer-failover", "EUR",
                    "[{\"sku\": \"MUG-CLASSIC\", \"quantity\": 1}]", "tok_approve"));
            assertThat(placed.status()).isEqualTo(201);
            assertThat(placed.json().get("status").asString()).isEqualTo("PAID");
        }

        assertThat(jdbc.sql("""
                SELECT DISTINCT p.gateway FROM payment p JOIN orders o ON o.id = p.order_id
                WHERE o.customer_id = 'customer-failover'""").query(String.class).list()).containsExactly("sandbox");
        var acme = circuitBreakers.circuitBreaker("payment-acme");
        assertThat(acme.getState()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(acme.getMetrics().getNumberOfNotPermittedCalls()).as("later payments never tried acme").isPositive();
        assertThat(Http.anonymous(managementPort).get("/actuator/prometheus").body())
                .contains("resilience4j_circuitbreaker_state{application=\"order-service\",name=\"payment-acme\",state=\"open\"} 1.0");
    }

    @Test
    void aProviderTheCustomerChoseIsTheOnlyGatewayAskedAndOnlyWhereTheRouteOffersIt() {
        var acme = circuitBreakers.circuitBreaker("payment-acme").getMetrics();
        long callsBefore = acme.getNumberOfBufferedCalls() + acme.getNumberOfNotPermittedCalls();
        var http = new Http(port);

        var chosen = http.postJson("/api/v1/orders", withProvider(orderJson("customer-provider", "EUR",
                "[{\"sku\": \"MUG-CLASSIC\", \"quantity\": 1}]", "tok_approve"), "CARD", "sandbox"));
        assertThat(chosen.status()).isEqualTo(201);
        assertThat(chosen.json().get("status").asString()).isEqualTo("PAID");
        assertThat(acme.getNumberOfBufferedCalls() + acme.getNumberOfNotPermittedCalls())
                .as("the route prefers acme, the customer chose the sandbox").isEqualTo(callsBefore);

        var notOffered = http.postJson("/api/v1/orders", withProvider(orderJson("customer-provider", "EUR",
                "[{\"sku\": \"MUG-CLASSIC\", \"quantity\": 1}]", "tok_approve"), "WALLET", "acme"));
        assertThat(notOffered.status()).isEqualTo(422);
        assertThat(notOffered.json().get("type").asString()).isEqualTo("urn:order-service:problem:payment-provider-not-offered");
        assertThat(notOffered.json().get("offeredProviders").toString()).isEqualTo("[\"sandbox\"]");
        assertThat(jdbc.sql("SELECT count(*) FROM orders WHERE customer_id = 'customer-provider'").query(Integer.class).single())
                .as("the refused order left nothing behind").isEqualTo(1);
    }

    @Test
    void payingAgainMayNameAnotherProviderTheRouteOffers() {
        var http = new Http(port);
        var declined = http.postJson("/api/v1/orders", withProvider(orderJson("customer-pays-again", "EUR",
                "[{\"sku\": \"MUG-CLASSIC\", \"quantity\": 1}]", "tok_decline"), "CARD", "sandbox"));
        assertThat(declined.status()).isEqualTo(402);
        var payment = declined.location() + "/payment";

        var notOffered = http.postJson(payment, """
                {"paymentToken": "tok_approve", "paymentMethod": "WALLET", "paymentProvider": "acme"}""");
        assertThat(notOffered.status()).isEqualTo(422);
        assertThat(notOffered.json().get("type").asString()).isEqualTo("urn:order-service:problem:payment-provider-not-offered");

        var paid = http.postJson(payment, """
                {"paymentToken": "tok_approve", "paymentMethod": "WALLET", "paymentProvider": "sandbox"}""");
        assertThat(paid.status()).isEqualTo(200);
        assertThat(paid.json().get("status").asString()).isEqualTo("PAID");
        assertThat(jdbc.sql("""
                SELECT p.method_type || ' ' || p.gateway FROM payment p JOIN orders o ON o.id = p.order_id
                WHERE o.customer_id = 'customer-pays-again' ORDER BY p.created_at""").query(String.class).list())
                .containsExactly("CARD sandbox", "WALLET sandbox");
    }

    private static String withProvider(String orderJson, String method, String provider) {
        return orderJson.replace("\"paymentToken\"", "\"paymentMethod\": \"%s\", \"paymentProvider\": \"%s\", \"paymentToken\""
                .formatted(method, provider));
    }
}
