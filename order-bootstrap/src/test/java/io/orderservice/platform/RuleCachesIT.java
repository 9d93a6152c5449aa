package io.orderservice.platform;

import static io.orderservice.support.Http.orderJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.orderservice.OrderServiceApplication;
import io.orderservice.support.Http;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Two instances of the service on one database, each keeping the rules it prices with (ADR 0032): a tax rate changed
 * through one instance's admin API is used by that instance's next quote and placement at once, and by the other's
 * within the cache's lifetime; a price changed with SQL (there is no admin API for the price book) by both within it.
 */
class RuleCachesIT {

    private static final Duration LIVE_FOR = Duration.ofSeconds(2);

    private static SharedTestDatabase database;
    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    @BeforeAll
    static void twoInstances() {
        database = SharedTestDatabase.named("rule_caches");
        first = start();
        second = start();
    }

    @AfterAll
    static void stop() {
        second.close();
        first.close();
        database.close();
    }

    private static ConfigurableApplicationContext start() {
        return database.startService(OrderServiceApplication.class, "PT1M",
                "--order-service.caching.rules-live-for=" + LIVE_FOR);
    }

    @Test
    void aTaxRateChangedThroughOneInstancesAdminApiIsUsedThereAtOnceAndByTheOtherWithinTheCachesLifetime() {
        var here = http(first);
        var there = http(second);
        assertThat(ukRate(here)).isEqualTo("0.2");
        assertThat(ukRate(there)).as("kept by the other instance now").isEqualTo("0.2");

        var today = LocalDate.now(ZoneOffset.UTC);
        var standard = here.get("/api/v1/admin/tax-rules").json().valueStream()
                .filter(rule -> rule.get("countryCode").asString().equals("GB") && rule.get("category").asString().equals("STANDARD")
                        && rule.get("validUntil").isNull())
                .findFirst().orElseThrow();
        assertThat(here.send("POST", "/api/v1/admin/tax-rules/" + standard.get("id").asString() + "/end",
                "{\"validUntil\": \"" + today + "\"}").status()).isEqualTo(200);
        assertThat(here.postJson("/api/v1/admin/tax-rules", """
                {"jurisdiction": "United Kingdom", "countryCode": "GB", "category": "STANDARD", "rate": "0.25",
                 "taxesShipping": true}""").status()).isEqualTo(201);

        assertThat(ukRate(here)).as("evicted where it was changed, once its transaction committed").isEqualTo("0.25");
        var taxAtTheNewRate = quote(here, "EUR", "TSHIRT-BLK-M").at("/tax/amount").asString();
        assertThat(taxOfAPlacement(here)).isEqualTo(taxAtTheNewRate);
        await().atMost(LIVE_FOR.multipliedBy(3)).until(() -> ukRate(there).equals("0.25"));
        assertThat(taxOfAPlacement(there)).isEqualTo(taxAtTheNewRate);
    }

    @Test
    void aPriceChangedWithSqlIsUsedByBothInstancesWithinTheCachesLifetime() {
        var here = http(first);
        var there = http(second);
        assertThat(posterPrice(here)).isEqualTo("9.00");
        assertThat(posterPrice(there)).isEqualTo("9.00");

        database.client().sql("""
                INSERT INTO catalog_price (sku, currency, unit_price_minor, valid_from) VALUES ('POSTER-A2', 'EUR', 1100, now())""")
                .update();

        await().atMost(LIVE_FOR.multipliedBy(3)).until(() -> posterPrice(here).equals("11.00") && posterPrice(there).equals("11.00"));
        for (var instance : new Http[] {here, there}) {
            var placed = instance.postJson("/api/v1/orders", orderJson("cache-" + System.nanoTime(), "EUR", """
                    [{"sku": "POSTER-A2", "quantity": 1}]""", "tok_approve"));
            assertThat(placed.status()).as(placed.body()).isEqualTo(201);
            assertThat(placed.json().at("/lines/0/unitPrice/amount").asString()).isEqualTo("11.00");
        }
    }

    private static Http http(ConfigurableApplicationContext instance) {
        return new Http(((WebServerApplicationContext) instance).getWebServer().getPort());
    }

    /** The rate of the standard-rated line of a quote shipped to London. */
    private static String ukRate(Http http) {
        return quote(http, "EUR", "TSHIRT-BLK-M").at("/taxLines/0/rate").asString();
    }

    /** The tax of an order of one T-shirt shipped to London, placed through {@code http}. */
    private static String taxOfAPlacement(Http http) {
        var placed = http.postJson("/api/v1/orders", orderJson("cache-" + System.nanoTime(), "EUR", """
                [{"sku": "TSHIRT-BLK-M", "quantity": 1}]""", "tok_approve"));
        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        return placed.json().at("/totals/tax/amount").asString();
    }

    private static String posterPrice(Http http) {
        return quote(http, "EUR", "POSTER-A2").at("/lines/0/gross/amount").asString();
    }

    private static JsonNode quote(Http http, String currency, String sku) {
        var quote = http.postJson("/api/v1/price-quotes", """
                {"customerId": "cache-quote", "currency": "%s", "lines": [{"sku": "%s", "quantity": 1}],
                 "shippingAddress": {"recipient": "Ada Lovelace", "line1": "12 Analytical Way", "city": "London",
                                     "postalCode": "N1 9GU", "countryCode": "GB"}}""".formatted(currency, sku));
        assertThat(quote.status()).as(quote.body()).isEqualTo(200);
        return quote.json();
    }
}
