package io.orderservice.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.orderservice.support.AtOnce;
import io.orderservice.support.Http;
import io.orderservice.support.OrderServiceIntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Orders with promo codes over HTTP against PostgreSQL: the discount on the order as its quote said, orders racing
 * for a code's last uses (exactly as many win as there were uses, the others get a problem), uses given back when
 * orders are cancelled, a once-per-customer code, and a code that gives nothing.
 */
@OrderServiceIntegrationTest
class PromoCodeOrdersIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    Http http;

    @BeforeEach
    void promotionsAndStock() {
        http = new Http(port);
        jdbc.sql("INSERT INTO catalog_product (sku, name) VALUES ('PRO-TEE', 'Promo tee') ON CONFLICT DO NOTHING").update();
        jdbc.sql("INSERT INTO catalog_price (sku, currency, unit_price_minor) VALUES ('PRO-TEE', 'EUR', 2000) ON CONFLICT DO NOTHING")
                .update();
        jdbc.sql("""
                INSERT INTO stock_level (warehouse_code, sku, on_hand) VALUES ('MAIN', 'PRO-TEE', 100000)
                ON CONFLICT (warehouse_code, sku) DO NOTHING""").update();
        jdbc.sql("""
                INSERT INTO promotion (id, code, benefit, amount_off_minor, currency, skus, max_uses, max_uses_per_customer) VALUES
                  ('it-race-' || :run, 'RACE' || :run, 'AMOUNT_OFF', 500, 'EUR', '{PRO-TEE}', 5, NULL),
                  ('it-once-' || :run, 'ONCE' || :run, 'AMOUNT_OFF', 300, 'EUR', '{PRO-TEE}', NULL, 1)""")
                .param("run", run).update();
    }

    private final String run = UUID.randomUUID().toString().substring(0, 8).toUpperCase();

    @Test
    void twentyOrdersRaceForFiveUsesExactlyFiveArePlacedAndCancellationsGiveUsesBack() throws Exception {
        var code = "RACE" + run;
        var responses = race(20, code);

        var placed = responses.stream().filter(response -> response.status() == 201).toList();
        var refused = responses.stream().filter(response -> response.status() != 201).toList();
        assertThat(placed).hasSize(5);
        assertThat(refused).hasSize(15).allSatisfy(response -> {
            assertThat(response.status()).as(response.body()).isEqualTo(409);
            assertThat(response.json().get("type").asString()).isEqualTo("urn:order-service:problem:promo-code-used-up");
            assertThat(response.json().get("detail").asString()).contains(code).contains("no use left");
        });
        // one tee 20.00 - 5.00 = 15.00, shipping 4.95 (under 50.00), 20 % UK VAT on both: 3.99
        assertThat(placed).allSatisfy(response -> {
            assertThat(response.json().at("/totals/discount/amount").asString()).isEqualTo("5.00");
            assertThat(response.json().at("/totals/grandTotal/amount").asString()).isEqualTo("23.94");
            assertThat(response.json().at("/priceDetails/discounts/0/code").asString()).isEqualTo(code);
            assertThat(response.json().at("/priceDetails/discounts/0/lines/0/sku").asString()).isEqualTo("PRO-TEE");
        });
        assertThat(uses("it-race-" + run)).isEqualTo(5);
        assertThat(ordersOf(code)).as("no order of a refused placement is stored").isEqualTo(5);

        for (var cancelled : placed.subList(0, 2)) {
            var id = cancelled.json().get("id").asString();
            assertThat(http.send("DELETE", "/api/v1/orders/" + id + "?reason=changed%20my%20mind", null).status()).isEqualTo(200);
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> uses("it-race-" + run) == 3);

        var late = race(3, code);
        assertThat(late).extracting(Http.Response::status).as("the two uses given back, and no more")
                .containsExactlyInAnyOrder(201, 201, 409);
        assertThat(uses("it-race-" + run)).isEqualTo(5);
    }

    @Test
    void aOncePerCustomerCodeServesACustomerOnceAndACodeThatGivesNothingIsRefused() {
        var customer = "once-" + UUID.randomUUID();
        var code = "once" + run.toLowerCase();

        var first = http.postJson("/api/v1/orders", order(customer, code));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.json().at("/totals/discount/amount").asString()).isEqualTo("3.00");

        var second = http.postJson("/api/v1/orders", order(customer, code));
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().get("detail").asString()).contains("as often as one customer may use it");
        assertThat(http.postJson("/api/v1/orders", order("someone-else-" + UUID.randomUUID(), code)).status()).isEqualTo(201);

        var nothing = http.postJson("/api/v1/orders", order(customer, "NO-SUCH-CODE"));
        assertThat(nothing.status()).isEqualTo(422);
        assertThat(nothing.json().get("type").asString()).isEqualTo("urn:order-service:problem:promo-code-not-applicable");
        assertThat(nothing.json().get("promoCodes").toString()).isEqualTo("[\"NO-SUCH-CODE\"]");
    }

    private List<Http.Response> race(int orders, String code) throws Exception {
        return AtOnce.post(http, "/api/v1/orders",
                java.util.stream.IntStream.range(0, orders).mapToObj(i -> order("racer-" + UUID.randomUUID(), code)).toList(), 10);
    }

    private static String order(String customerId, String promoCode) {
        return """
                {"customerId": "%s", "currency": "EUR", "lines": [{"sku": "PRO-TEE", "quantity": 1}],
                 "shippingAddress": {"recipient": "Ada Lovelace", "line1": "12 Analytical Way", "city": "London",
                                     "postalCode": "N1 9GU", "countryCode": "GB"},
                 "paymentToken": "tok_approve", "promoCodes": ["%s"]}""".formatted(customerId, promoCode);
    }

    private int uses(String promotionId) {
        return jdbc.sql("SELECT uses FROM promotion WHERE id = ?").param(promotionId).query(Integer.class).single();
    }

    private long ordersOf(String code) {
        return jdbc.sql("SELECT count(*) FROM orders WHERE price_details -> 'discounts' -> 0 ->> 'code' = ?").param(code)
                .query(Long.class).single();
    }
}
