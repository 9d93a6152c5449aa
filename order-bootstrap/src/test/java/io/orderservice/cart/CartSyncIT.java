package io.orderservice.cart;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderservice.support.Http;
import io.orderservice.support.OrderServiceIntegrationTest;
import io.orderservice.support.SseClient;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Live sync of carts over Server-Sent Events against PostgreSQL (docs/carts.md, "Live sync"): a customer's open sessions
 * receive each change made by another request, in order, within twice the documented poll interval (1 s); a price
 * change reaches a watched cart by its refresh (here every second rather than 30 s); a checkout ends the streams.
 */
@OrderServiceIntegrationTest
@TestPropertySource(properties = {"order-service.carts.poll-every=PT1S", "order-service.carts.refresh-watched-every=PT1S"})
class CartSyncIT {

    private static final Duration POLL_EVERY = Duration.ofSeconds(1);
    private static final String LONDON = """
            {"recipient": "Ada Lovelace", "line1": "12 Analytical Way", "city": "London", "postalCode": "N1 9GU", "countryCode": "GB"}""";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private Http customer;

    @BeforeEach
    void noOpenCart() {
        customer = Http.as(port, "customer-42");
        jdbc.sql("UPDATE cart SET status = 'CHECKED_OUT', order_id = gen_random_uuid() WHERE customer_id = 'customer-42' "
                + "AND status IN ('OPEN', 'CHECKING_OUT')").update();
    }

    @Test
    void twoSessionsOfOneCustomerSeeEachChangeAnotherRequestMakesInOrderWithinTwoPollIntervals() throws Exception {
        var mug = sku(1000);
        var tee = sku(2000);
        var cartId = customer.postJson("/api/v1/carts", "{\"currency\": \"EUR\", \"country\": \"GB\"}").json().get("id").asString();
        customer.postJson(cart(cartId) + "/lines", "{\"sku\": \"" + mug + "\", \"quantity\": 1}");

        try (var phone = SseClient.open(port, cart(cartId) + "/stream", "customer-42", null);
             var laptop = SseClient.open(port, cart(cartId) + "/stream", "customer-42", null)) {
            assertThat(phone.nextEvent().id()).as("the cart as it is, at once").isEqualTo("1");
            assertThat(laptop.nextEvent().id()).isEqualTo("1");

            var added = Http.as(port, "test-storefront-42").postJson(cart(cartId) + "/lines", "{\"sku\": \"" + tee + "\", \"quantity\": 2}");
            long changedAt = System.nanoTime();
            assertThat(added.etag()).isEqualTo("\"2\"");
            for (var session : new SseClient[] {phone, laptop}) {
                var event = session.nextEvent();
                assertThat(event.name()).isEqualTo("cart");
                assertThat(event.id()).isEqualTo("2");
                assertThat(event.data().get("lines").size()).isEqualTo(2);
                assertThat(event.data().at("/lines/1/sku").asString()).isEqualTo(tee);
                assertThat(Duration.ofNanos(event.receivedAtNanos() - changedAt)).as("within twice the poll interval")
                        .isLessThanOrEqualTo(POLL_EVERY.multipliedBy(2));
            }

            customer.send("PATCH", cart(cartId) + "/lines/2", "{\"quantity\": 3}");
            customer.send("DELETE", cart(cartId) + "/lines/1", null);
            for (var session : new SseClient[] {phone, laptop}) {
                var event = session.nextEvent();
                long version = Long.parseLong(event.id());
                assertThat(version).as("versions only go up").isGreaterThan(2);
                if (version == 3) {
                    event = session.nextEvent();
                }
                assertThat(event.id()).isEqualTo("4");
                assertThat(event.data().get("lines").size()).isEqualTo(1);
                assertThat(event.data().at("/lines/0/quantity").asInt()).isEqualTo(3);
            }

            try (var resumed = SseClient.open(port, cart(cartId) + "/stream", "customer-42", "4")) {
                assertThat(resumed.noEventWithin(POLL_EVERY.multipliedBy(2))).as("nothing new since version 4").isTrue();
            }
        }
    }

    @Test
    void aPriceChangeReachesAWatchedCartAndACheckoutEndsItsStreams() throws Exception {
        var mug = sku(1000);
        var cartId = customer.postJson("/api/v1/carts", "{\"currency\": \"EUR\", \"country\": \"GB\"}").json().get("id").asString();
        customer.postJson(cart(cartId) + "/lines", "{\"sku\": \"" + mug + "\", \"quantity\": 1}");
        customer.send("PUT", cart(cartId) + "/shipping-address", LONDON);

        var ticket = customer.postJson(cart(cartId) + "/stream-tickets", "");
        assertThat(ticket.status()).as(ticket.body()).isEqualTo(201);
        try (var browser = SseClient.openWithoutToken(port, ticket.json().get("streamUrl").asString())) {
            assertThat(browser.nextEvent().data().at("/totals/grandTotal/amount").asString()).isEqualTo("17.94");

            jdbc.sql("UPDATE catalog_price SET unit_price_minor = 1200 WHERE sku = ?").param(mug).update();
            var repriced = browser.nextEvent();
            assertThat(repriced.id()).isEqualTo("3");
            // 12.00 + 4.95 + 3.39 tax
            assertThat(repriced.data().at("/lines/0/unitPrice/amount").asString()).isEqualTo("12.00");
            assertThat(repriced.data().at("/totals/grandTotal/amount").asString()).isEqualTo("20.34");

            var checkout = customer.send("POST", cart(cartId) + "/checkout", "{\"paymentToken\": \"tok_approve\"}", "If-Match", "\"3\"");
            assertThat(checkout.status()).as(checkout.body()).isEqualTo(201);
            var closed = browser.nextEvent();
            assertThat(closed.data().get("status").asString()).isEqualTo("CHECKED_OUT");
            assertThat(closed.data().get("orderId").asString()).isEqualTo(checkout.json().get("id").asString());
            assertThat(browser.endedWithin(Duration.ofSeconds(5))).as("nothing more will happen to it").isTrue();
        }
    }

    private String sku(long priceCents) {
        var sku = "SYNC-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        jdbc.sql("INSERT INTO catalog_product (sku, name) VALUES (?, 'Synced goods')").param(sku).update();
        jdbc.sql("INSERT INTO catalog_price (sku, currency, unit_price_minor) VALUES (?, 'EUR', ?)").params(sku, priceCents).update();
        jdbc.sql("INSERT INTO stock_level (warehouse_code, sku, on_hand) VALUES ('MAIN', ?, 100)").param(sku).update();
        return sku;
    }

    private static String cart(String cartId) {
        return "/api/v1/carts/" + cartId;
    }
}
