package io.orderservice.shipping;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.orderservice.support.Http;
import io.orderservice.support.OrderServiceIntegrationTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Shipping options over HTTP against PostgreSQL and a carrier's rate API on a local HTTP server: the seeded rate
 * tables (DHL standard, UPS express) and the API's "courier" service (ACME) offered together, cheapest first, each
 * with its delivery estimate; the cheapest by default, the fastest or a named service on request, and the order
 * keeping the one it was priced with. To Berlin, one tee (19.99 EUR, 200 g), German VAT 19 % on goods and shipping.
 */
@OrderServiceIntegrationTest
class ShippingOptionsIT {

    private static final HttpServer ACME = acme();

    @DynamicPropertySource
    static void acmeRateApi(DynamicPropertyRegistry properties) {
        properties.add("order-service.shipping.rate-apis.acme.base-url", () -> "http://127.0.0.1:" + ACME.getAddress().getPort());
        properties.add("order-service.shipping.rate-apis.acme.api-key", () -> "rk_test_acme");
    }

    @AfterAll
    static void stopAcme() {
        ACME.stop(0);
    }

    @LocalServerPort
    int port;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void aQuoteOffersEveryCarriersServicesCheapestFirstAndPricesTheOneChosen() {
        var cheapest = http.postJson("/api/v1/price-quotes", quote(null));
        assertThat(cheapest.status()).as(cheapest.body()).isEqualTo(200);
        var options = cheapest.json().get("shippingOptions");
        assertThat(options.valueStream().map(option -> option.get("carrier").asString() + "/" + option.get("service").asString()
                + " " + option.at("/price/amount").asString()).toList())
                .containsExactly("dhl/standard 4.95", "acme/courier 9.50", "ups/express 14.95");
        assertThat(cheapest.json().at("/shippingMethod/service").asString()).isEqualTo("standard");
        assertThat(cheapest.json().at("/shipping/amount").asString()).isEqualTo("4.95");

        var fastest = http.postJson("/api/v1/price-quotes", quote("fastest")).json();
        // UPS express (1 day) beats ACME's courier (1-2): 19.99 + 14.95, 19 % of 34.94 = 6.6386 -> 6.64
        assertThat(fastest.at("/shippingMethod/carrier").asString()).isEqualTo("ups");
        assertThat(fastest.at("/tax/amount").asString()).isEqualTo("6.64");
        assertThat(fastest.at("/grandTotal/amount").asString()).isEqualTo("41.58");
        var express = fastest.get("shippingOptions").valueStream().filter(option -> option.get("carrier").asString().equals("ups"))
                .findFirst().orElseThrow();
        // it leaves today, or on Monday at a weekend, and takes one business day
        var leaves = nextBusinessDay(LocalDate.now(ZoneOffset.UTC));
        assertThat(express.get("earliestDelivery").asString()).isEqualTo(nextBusinessDay(leaves.plusDays(1)).toString());
    }

    @Test
    void anOrderShipsTheWayItsCustomerChoseAndKeepsItsDeliveryEstimate() {
        var placed = http.postJson("/api/v1/orders", order("acme/courier"));

        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        var order = placed.json();
        assertThat(order.at("/shippingMethod/carrier").asString()).isEqualTo("acme");
        assertThat(order.at("/shippingMethod/service").asString()).isEqualTo("courier");
        assertThat(order.at("/totals/shipping/amount").asString()).isEqualTo("9.50");
        assertThat(LocalDate.parse(order.at("/shippingMethod/latestDelivery").asString()))
                .isAfterOrEqualTo(LocalDate.parse(order.at("/shippingMethod/earliestDelivery").asString()));
        assertThat(http.get("/api/v1/orders/" + order.get("id").asString()).json().at("/shippingMethod/service").asString())
                .isEqualTo("courier");
    }

    @Test
    void aServiceThatDoesNotGoThereIsAProblemNamingTheOptions() {
        var refused = http.postJson("/api/v1/orders", order("own-fleet/cargo"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("type").asString()).isEqualTo("urn:order-service:problem:not-shippable");
        assertThat(refused.json().get("detail").asString()).contains("no own-fleet cargo to DE in EUR")
                .contains("dhl standard at 4.95 EUR");
        assertThat(refused.json().get("shippingOptions").size()).isEqualTo(3);
        assertThat(http.postJson("/api/v1/orders", order("Fastest!")).status()).as("not a choice").isEqualTo(400);
    }

    private static String quote(String shipping) {
        return """
                {"customerId": "ship-%s", "currency": "EUR", "lines": [{"sku": "TSHIRT-BLK-M", "quantity": 1}],
                 "shippingAddress": {"recipient": "Ada", "line1": "Unter den Linden 1", "city": "Berlin",
                                     "postalCode": "10117", "countryCode": "DE"}%s}"""
                .formatted(UUID.randomUUID(), shipping == null ? "" : ", \"shipping\": \"" + shipping + "\"");
    }

    private static String order(String shipping) {
        return """
                {"customerId": "ship-%s", "currency": "EUR", "lines": [{"sku": "TSHIRT-BLK-M", "quantity": 1}],
                 "shippingAddress": {"recipient": "Ada", "line1": "Unter den Linden 1", "city": "Berlin",
                                     "postalCode": "10117", "countryCode": "DE"},
                 "paymentToken": "tok_approve", "shipping": "%s"}""".formatted(UUID.randomUUID(), shipping);
    }

    private static LocalDate nextBusinessDay(LocalDate day) {
        var date = day;
        while (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
            date = date.plusDays(1);
        }
        return date;
    }

    /** ACME's rate API: a courier service in Europe at 9.50 EUR, 1-2 days; nothing for other currencies. */
    private static HttpServer acme() {
        try {
            var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/v1/rates", exchange -> {
                var request = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                var authorised = "Bearer rk_test_acme".equals(exchange.getRequestHeaders().getFirst("Authorization"));
                var body = (authorised && request.contains("\"currency\":\"EUR\"") ? """
                        {"rates": [{"service": "courier", "price": {"amount": "9.50", "currency": "EUR"},
                                    "transitDays": {"min": 1, "max": 2}}]}""" : "{\"rates\": []}").getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(authorised ? 200 : 401, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
