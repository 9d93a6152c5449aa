package io.orderservice.risk;

import static io.orderservice.support.Http.orderJson;
import static org.assertj.core.api.Assertions.assertThat;

import io.orderservice.shared.kit.ProviderStandIn.Reply;
import io.orderservice.shared.kit.ProviderStandIn;
import io.orderservice.support.Http;
import io.orderservice.support.OrderServiceIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An address service configured the way an operator would (order-service.address-verification.validation-api) is the
 * service's address verification: its postal form is the order's address, its FIX verdict a 422 naming the field.
 */
@OrderServiceIntegrationTest
class AddressValidationApiIT {

    private static final ProviderStandIn SERVICE = ProviderStandIn.start().on("POST", "/v1:validateAddress", request ->
            request.body().contains("Nowhere Street")
                    ? new Reply(200, """
                            {"result": {"verdict": {"possibleNextAction": "FIX"},
                                        "address": {"missingComponentTypes": ["route"]}}}""")
                    : new Reply(200, """
                            {"result": {"verdict": {"possibleNextAction": "ACCEPT", "addressComplete": true},
                                        "address": {"postalAddress": {"regionCode": "GB", "postalCode": "N1 9GU",
                                          "locality": "London", "addressLines": ["12 Analytical Way"]}}}}"""));

    @DynamicPropertySource
    static void addressService(DynamicPropertyRegistry properties) {
        properties.add("order-service.address-verification.validation-api.base-url", () -> SERVICE.baseUrl().toString());
        properties.add("order-service.address-verification.validation-api.api-key", () -> "av_test");
    }

    @AfterAll
    static void stopService() {
        SERVICE.close();
    }

    @LocalServerPort
    int port;

    @Test
    void theServicesPostalFormIsTheOrdersAddressAndItsFixVerdictNamesTheField() {
        var http = new Http(port);
        var placed = http.postJson("/api/v1/orders", orderJson("customer-av", "EUR",
                "[{\"sku\": \"MUG-CLASSIC\", \"quantity\": 1}]", "tok_approve")
                .replace("12 Analytical Way", "12 analytical  way").replace("N1 9GU", "n19gu"));
        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        assertThat(placed.json().at("/shippingAddress/line1").asString()).isEqualTo("12 Analytical Way");
        assertThat(placed.json().at("/shippingAddress/postalCode").asString()).isEqualTo("N1 9GU");
        assertThat(SERVICE.received().get(0).header("X-Goog-Api-Key")).isEqualTo("av_test");

        var refused = http.postJson("/api/v1/orders", orderJson("customer-av", "EUR",
                "[{\"sku\": \"MUG-CLASSIC\", \"quantity\": 1}]", "tok_approve").replace("12 Analytical Way", "1 Nowhere Street"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("type").asString()).isEqualTo("urn:order-service:problem:undeliverable-address");
        assertThat(refused.json().at("/errors/0/field").asString()).isEqualTo("shippingAddress.line1");
    }
}
