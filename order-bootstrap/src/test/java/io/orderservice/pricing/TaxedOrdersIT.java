package io.orderservice.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderservice.support.Http;
import io.orderservice.support.OrderServiceIntegrationTest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Orders taxed by where they ship and who buys, over HTTP against PostgreSQL: German VAT for a consumer in Berlin,
 * an exempt reseller and a reverse-charged French business (their pricing profiles set through the admin API), and
 * an address change that would change the tax refused. One tee, TSHIRT-BLK-M, is 19.99 EUR; shipping is 4.95.
 */
@OrderServiceIntegrationTest
class TaxedOrdersIT {

    @LocalServerPort
    int port;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void aConsumerInBerlinPaysGermanVatOnGoodsAndShippingAndCannotMoveTheOrderToAnotherRate() {
        var order = http.postJson("/api/v1/orders", order("consumer-" + UUID.randomUUID(), "Berlin", "10117", "DE"));

        assertThat(order.status()).as(order.body()).isEqualTo(201);
        // 19 % of (19.99 + 4.95) = 4.7386, rounded once: 4.74
        var json = order.json();
        assertThat(json.at("/priceDetails/taxLines/0/jurisdiction").asString()).isEqualTo("Germany");
        assertThat(json.at("/priceDetails/taxLines/0/taxable/amount").asString()).isEqualTo("24.94");
        assertThat(json.at("/totals/tax/amount").asString()).isEqualTo("4.74");
        assertThat(json.at("/totals/grandTotal/amount").asString()).isEqualTo("29.68");

        var path = "/api/v1/orders/" + json.get("id").asString();
        var toLondon = http.send("PUT", path, """
                {"shippingAddress": {"recipient": "Ada Lovelace", "line1": "12 Analytical Way", "city": "London",
                                     "postalCode": "N1 9GU", "countryCode": "GB"}}""", "If-Match", http.get(path).etag());
        assertThat(toLondon.status()).isEqualTo(422);
        assertThat(toLondon.json().get("detail").asString()).contains("costs 29.93 EUR").contains("not the 29.68 EUR");
    }

    @Test
    void anExemptResellerPaysNoTaxWhileTheCertificateIsValid() {
        var customer = "reseller-" + UUID.randomUUID();
        var today = LocalDate.now(ZoneOffset.UTC);
        var profile = http.send("PUT", "/api/v1/admin/customers/" + customer + "/pricing-profile", """
                {"business": true, "segments": ["b2b"],
                 "exemption": {"certificate": "RESALE-0042", "validFrom": "%s", "validTo": "%s"}}"""
                .formatted(today.minusDays(1), today.plusDays(30)));
        assertThat(profile.status()).as(profile.body()).isEqualTo(200);
        assertThat(http.get("/api/v1/admin/customers/" + customer + "/pricing-profile").json().at("/exemption/certificate")
                .asString()).isEqualTo("RESALE-0042");

        var order = http.postJson("/api/v1/orders", order(customer, "London", "N1 9GU", "GB")).json();

        assertThat(order.at("/totals/tax/amount").asString()).isEqualTo("0.00");
        assertThat(order.at("/totals/grandTotal/amount").asString()).isEqualTo("24.94");
        assertThat(order.at("/priceDetails/taxLines").size()).isZero();
        assertThat(order.at("/priceDetails/notes/0").asString()).contains("tax exempt: certificate RESALE-0042");
    }

    @Test
    void aFrenchBusinessBuyingFromTheGermanSellerIsReverseCharged() {
        var customer = "business-" + UUID.randomUUID();
        assertThat(http.send("PUT", "/api/v1/admin/customers/" + customer + "/pricing-profile",
                "{\"business\": true, \"vatCountry\": \"FR\"}").status()).isEqualTo(200);

        var order = http.postJson("/api/v1/orders", order(customer, "Paris", "75001", "FR")).json();

        assertThat(order.at("/totals/tax/amount").asString()).isEqualTo("0.00");
        assertThat(order.at("/priceDetails/notes/0").asString()).contains("reverse charge").contains("FR");
        var consumer = http.postJson("/api/v1/orders", order("consumer-" + UUID.randomUUID(), "Paris", "75001", "FR")).json();
        assertThat(consumer.at("/totals/tax/amount").asString()).as("20 % of 24.94").isEqualTo("4.99");
    }

    @Test
    void aProfileOfTheWrongShapeIsAProblemAndChangesNothing() {
        var customer = "odd-" + UUID.randomUUID();
        var path = "/api/v1/admin/customers/" + customer + "/pricing-profile";

        assertThat(http.send("PUT", path, "{\"vatCountry\": \"France\"}").status()).isEqualTo(400);
        var backwards = http.send("PUT", path, """
                {"exemption": {"certificate": "C-1", "validFrom": "2026-12-31", "validTo": "2026-01-01"}}""");
        assertThat(backwards.status()).isEqualTo(422);
        var none = http.get(path);
        assertThat(none.status()).isEqualTo(404);
        assertThat(none.json().get("type").asString()).isEqualTo("urn:order-service:problem:pricing-profile-not-found");
    }

    private static String order(String customerId, String city, String postalCode, String country) {
        return """
                {"customerId": "%s", "currency": "EUR", "lines": [{"sku": "TSHIRT-BLK-M", "quantity": 1}],
                 "shippingAddress": {"recipient": "Ada Lovelace", "line1": "1 Main Street", "city": "%s",
                                     "postalCode": "%s", "countryCode": "%s"},
                 "paymentToken": "tok_approve"}""".formatted(customerId, city, postalCode, country);
    }
}
