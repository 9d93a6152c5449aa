package io.orderservice.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderservice.support.Http;
import io.orderservice.support.OrderServiceIntegrationTest;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Promotions managed over HTTP, no redeploy: one added through the admin API is looked up, given to an order and
 * counted; bad ones are problems that change nothing; a deactivated one is given to no order from then on.
 */
@OrderServiceIntegrationTest
class PromotionAdminIT {

    @LocalServerPort
    int port;
    Http http;
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void aPromotionAddedThroughTheApiIsGivenToOrdersUntilItIsDeactivated() {
        var id = "winter-" + run;
        var code = "WINTER-" + run.toUpperCase();
        var added = http.postJson("/api/v1/admin/promotions", """
                {"id": "%s", "code": "%s", "benefit": "AMOUNT_OFF", "amountOff": {"amount": "5.00", "currency": "EUR"},
                 "skus": ["TSHIRT-BLK-M"], "maxUses": 1}""".formatted(id, code.toLowerCase()));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.location()).endsWith("/api/v1/admin/promotions/" + id);
        assertThat(added.json().get("code").asString()).isEqualTo(code);
        assertThat(added.json().at("/amountOff/amount").asString()).isEqualTo("5.00");
        assertThat(added.json().get("active").asBoolean()).isTrue();
        var lookedUp = http.get("/api/v1/promo-codes/" + code).json();
        assertThat(lookedUp.get("promotionId").asString()).isEqualTo(id);
        assertThat(lookedUp.get("usableNow").asBoolean()).isTrue();

        var order = http.postJson("/api/v1/orders", order(code));
        assertThat(order.status()).as(order.body()).isEqualTo(201);
        assertThat(order.json().at("/totals/discount/amount").asString()).isEqualTo("5.00");
        assertThat(promotion(id).get("uses").asInt()).isEqualTo(1);

        var deactivated = http.send("POST", "/api/v1/admin/promotions/" + id + "/deactivate", null);
        assertThat(deactivated.status()).isEqualTo(200);
        assertThat(deactivated.json().get("active").asBoolean()).isFalse();
        assertThat(http.get("/api/v1/promo-codes/" + code).status()).isEqualTo(404);
        assertThat(http.postJson("/api/v1/orders", order(code)).json().get("type").asString())
                .isEqualTo("urn:order-service:problem:promo-code-not-applicable");
        assertThat(http.send("POST", "/api/v1/admin/promotions/" + id + "/deactivate", null).status()).as("twice").isEqualTo(200);
        assertThat(http.send("POST", "/api/v1/admin/promotions/no-such-" + run + "/deactivate", null).status()).isEqualTo(404);
    }

    @Test
    void aPromotionThatCannotBeIsAProblemAndNothingIsAdded() {
        var id = "bad-" + run;
        var before = http.get("/api/v1/admin/promotions").json().size();

        assertThat(http.postJson("/api/v1/admin/promotions", "{\"id\": \"" + id + "\", \"benefit\": \"AMOUNT_OFF\"}").status())
                .as("an amount off without its amount").isEqualTo(422);
        assertThat(http.postJson("/api/v1/admin/promotions", """
                {"id": "%s", "benefit": "FREE_SHIPPING", "validFrom": "%s"}""".formatted(id, Instant.now().minusSeconds(86_400)))
                .status()).as("starting in the past").isEqualTo(422);
        assertThat(http.postJson("/api/v1/admin/promotions", """
                {"id": "%s", "benefit": "AMOUNT_OFF", "amountOff": {"amount": "5.00", "currency": "EUR"},
                 "minimumGoods": {"amount": "50.00", "currency": "USD"}}""".formatted(id)).status())
                .as("amounts in two currencies").isEqualTo(422);
        assertThat(http.postJson("/api/v1/admin/promotions", "{\"id\": \"Not An Id\", \"benefit\": \"FREE_SHIPPING\"}").status())
                .isEqualTo(400);
        var taken = http.postJson("/api/v1/admin/promotions", "{\"id\": \"welcome-10\", \"benefit\": \"FREE_SHIPPING\"}");
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.json().get("type").asString()).isEqualTo("urn:order-service:problem:promotion-conflict");
        assertThat(http.get("/api/v1/admin/promotions").json().size()).isEqualTo(before);
    }

    private tools.jackson.databind.JsonNode promotion(String id) {
        return http.get("/api/v1/admin/promotions").json().valueStream()
                .filter(promotion -> promotion.get("promotionId").asString().equals(id)).findFirst().orElseThrow();
    }

    private static String order(String code) {
        return """
                {"customerId": "admin-%s", "currency": "EUR", "lines": [{"sku": "TSHIRT-BLK-M", "quantity": 1}],
                 "shippingAddress": {"recipient": "Ada Lovelace", "line1": "12 Analytical Way", "city": "London",
                                     "postalCode": "N1 9GU", "countryCode": "GB"},
                 "paymentToken": "tok_approve", "promoCodes": ["%s"]}""".formatted(UUID.randomUUID(), code);
    }
}
