package io.orderservice.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderservice.support.Http;
import io.orderservice.support.OrderServiceIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * POST /api/v1/price-quotes over HTTP against PostgreSQL: the seeded tax rules and promotions priced by the
 * engine, a tax rate changed in the table counting from the next quote, and nothing stored.
 */
@OrderServiceIntegrationTest
class PriceQuoteIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void promotionsApplyByPriorityAndGermanVatIsAddedOnWhatIsLeft() {
        var orders = jdbc.sql("SELECT count(*) FROM orders").query(Long.class).single();

        var quote = http.postJson("/api/v1/price-quotes", body("EUR", "DE", null, "10115",
                "[{\"sku\": \"TSHIRT-BLK-M\", \"quantity\": 2}, {\"sku\": \"MUG-CLASSIC\", \"quantity\": 3}]",
                "[\"welcome10\", \"NOPE\"]", ""));

        assertThat(quote.status()).as(quote.body()).isEqualTo(200);
        var json = quote.json();
        // mugs 3 for 2 (priority 10): -12.50; WELCOME10 (5): 10 % of 39.98 and of 25.00: -4.00, -2.50;
        // free shipping from 50.00 of goods left (58.48): -4.95; VAT 19 % of 58.48 = 11.1112
        assertThat(json.at("/promotions/0/id").asString()).isEqualTo("mugs-3-for-2");
        assertThat(json.at("/promotions/1/id").asString()).isEqualTo("welcome-10");
        assertThat(json.at("/promotions/2/id").asString()).isEqualTo("free-shipping-eur-50");
        assertThat(json.at("/discount/amount").asString()).isEqualTo("19.00");
        assertThat(json.at("/shippingDiscount/amount").asString()).isEqualTo("4.95");
        assertThat(json.at("/taxLines/0/jurisdiction").asString()).isEqualTo("Germany");
        assertThat(json.at("/taxLines/0/rate").asString()).isEqualTo("0.19");
        assertThat(json.at("/tax/amount").asString()).isEqualTo("11.11");
        assertThat(json.at("/grandTotal/amount").asString()).isEqualTo("69.59");
        assertThat(json.get("unusedPromoCodes").toString()).isEqualTo("[\"NOPE\"]");
        assertThat(jdbc.sql("SELECT count(*) FROM orders").query(Long.class).single()).as("a quote stores nothing").isEqualTo(orders);
    }

    @Test
    void californiaAndLosAngelesCountyTaxAreAddedAndARateChangedInTheTableCountsFromTheNextQuote() {
        var body = body("USD", "US", "CA", "90012", "[{\"sku\": \"TSHIRT-BLK-M\", \"quantity\": 1}]", "[]", "");

        var before = http.postJson("/api/v1/price-quotes", body).json();
        // 21.99 × 6 % = 1.3194, × 2.5 % = 0.54975; shipping 5.95 untaxed
        assertThat(before.at("/tax/amount").asString()).isEqualTo("1.87");
        assertThat(before.at("/grandTotal/amount").asString()).isEqualTo("29.81");

        var rule = "jurisdiction = 'Los Angeles County'";
        jdbc.sql("UPDATE tax_rule SET rate = 0.035 WHERE " + rule).update();
        try {
            var after = http.postJson("/api/v1/price-quotes", body).json();
            assertThat(after.at("/taxLines/1/tax/amount").asString()).as("21.99 × 3.5 % = 0.76965").isEqualTo("0.77");
        } finally {
            jdbc.sql("UPDATE tax_rule SET rate = 0.025 WHERE " + rule).update();
        }
    }

    @Test
    void anOperatorChangesARateThroughTheAdminApiByEndingTheRuleAndAddingTheNewOne() {
        var today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        var county = http.get("/api/v1/admin/tax-rules").json().valueStream()
                .filter(rule -> rule.get("jurisdiction").asString().equals("Los Angeles County") && rule.get("validUntil").isNull())
                .findFirst().orElseThrow();
        var countyId = county.get("id").asString();
        String added = null;
        try {
            var ended = http.send("POST", "/api/v1/admin/tax-rules/" + countyId + "/end", "{\"validUntil\": \"" + today + "\"}");
            assertThat(ended.status()).as(ended.body()).isEqualTo(200);
            var created = http.postJson("/api/v1/admin/tax-rules", """
                    {"jurisdiction": "Los Angeles County", "countryCode": "US", "region": "CA", "postalFrom": "90001",
                     "postalTo": "90899", "category": "STANDARD", "rate": "0.035"}""");
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            added = created.json().get("id").asString();
            assertThat(created.json().get("validFrom").asString()).isEqualTo(today.toString());

            var quote = http.postJson("/api/v1/price-quotes", body("USD", "US", "CA", "90012",
                    "[{\"sku\": \"TSHIRT-BLK-M\", \"quantity\": 1}]", "[]", "")).json();
            assertThat(quote.at("/taxLines/1/rate").asString()).isEqualTo("0.035");
            assertThat(quote.at("/taxLines/1/tax/amount").asString()).isEqualTo("0.77");

            var backdated = http.postJson("/api/v1/admin/tax-rules", """
                    {"jurisdiction": "Nowhere", "countryCode": "US", "category": "STANDARD", "rate": "0.01", "validFrom": "2020-01-01"}""");
            assertThat(backdated.status()).isEqualTo(422);
            assertThat(http.send("POST", "/api/v1/admin/tax-rules/" + java.util.UUID.randomUUID() + "/end", "{\"validUntil\": \"" + today.plusDays(1) + "\"}")
                    .status()).isEqualTo(404);
        } finally {
            if (added != null) {
                jdbc.sql("DELETE FROM tax_rule WHERE public_id = ?::uuid").param(added).update();
            }
            jdbc.sql("UPDATE tax_rule SET valid_until = NULL WHERE public_id = ?::uuid").param(countyId).update();
        }
    }

    @Test
    void aBusinessBuyerInFranceIsChargedNoVatUnderReverseCharge() {
        var quote = http.postJson("/api/v1/price-quotes", body("EUR", "FR", null, "75001",
                "[{\"sku\": \"TSHIRT-BLK-M\", \"quantity\": 1}]", "[]", ", \"business\": true, \"vatCountry\": \"FR\"")).json();

        assertThat(quote.get("taxLines").size()).isZero();
        assertThat(quote.at("/notes/0").asString()).contains("reverse charge");
        assertThat(quote.at("/grandTotal/amount").asString()).isEqualTo("24.94");
    }

    @Test
    void aCustomerQuotesForThemselvesWithTheirOwnProfileNotWhatTheBodySays() {
        var posing = body("EUR", "FR", null, "75001", "[{\"sku\": \"TSHIRT-BLK-M\", \"quantity\": 1}]", "[]",
                ", \"business\": true, \"vatCountry\": \"FR\"").replace("quote-1", "customer-42");

        var own = Http.as(port, "customer-42").postJson("/api/v1/price-quotes", posing);
        var someoneElses = Http.as(port, "customer-7").postJson("/api/v1/price-quotes", posing);

        assertThat(own.status()).isEqualTo(200);
        assertThat(own.json().get("taxLines").size()).as("a consumer pays French VAT, whatever the body claims").isPositive();
        assertThat(someoneElses.status()).isEqualTo(403);
    }

    @Test
    void aSkuWithoutAPriceIsAProblem() {
        var refused = http.postJson("/api/v1/price-quotes", body("EUR", "DE", null, "10115",
                "[{\"sku\": \"NO-SUCH-SKU\", \"quantity\": 1}]", "[]", ""));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("type").asString()).isEqualTo("urn:order-service:problem:unknown-sku");
    }

    @Test
    void aPromoCodeIsLookedUpWhateverItsCaseAndSaysWhetherItIsUsableNow() {
        var welcome = http.get("/api/v1/promo-codes/welcome10");
        assertThat(welcome.status()).isEqualTo(200);
        assertThat(welcome.json().get("benefit").asString()).isEqualTo("PERCENT_OFF");
        assertThat(welcome.json().get("percentOff").asString()).isEqualTo("0.1");
        assertThat(welcome.json().get("usableNow").asBoolean()).isTrue();

        jdbc.sql("""
                INSERT INTO promotion (id, code, benefit, percent_off, valid_from, valid_until)
                VALUES ('summer-2025', 'SUMMER25', 'PERCENT_OFF', 0.25, '2025-06-01T00:00:00Z', '2025-09-01T00:00:00Z')
                ON CONFLICT DO NOTHING""").update();
        var expired = http.get("/api/v1/promo-codes/SUMMER25").json();
        assertThat(expired.get("usableNow").asBoolean()).isFalse();
        assertThat(expired.get("whyNot").asString()).isEqualTo("expired");

        var unknown = http.get("/api/v1/promo-codes/NOPE");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("type").asString()).isEqualTo("urn:order-service:problem:promo-code-not-found");
    }

    private static String body(String currency, String country, String region, String postalCode, String lines, String codes,
                               String more) {
        return """
                {"customerId": "quote-1", "currency": "%s", "lines": %s, "promoCodes": %s,
                 "shippingAddress": {"recipient": "Ada Lovelace", "line1": "12 Analytical Way", "city": "Somewhere", %s
                                     "postalCode": "%s", "countryCode": "%s"}%s}"""
                .formatted(currency, lines, codes, region == null ? "" : "\"region\": \"" + region + "\",", postalCode, country, more);
    }
}
