package io.orderservice.pricing.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderservice.pricing.domain.TaxCategory;
import io.orderservice.shared.Money;
import io.orderservice.shared.Sku;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.cache.concurrent.ConcurrentMapCacheManager;
import org.springframework.cache.support.NoOpCacheManager;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Against the seeded demo catalog of the Liquibase changelog. */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
// Read through to the database every time: what is kept, and for how long, is RuleCachesIT's.
@Import({CatalogPriceBook.class, NoOpCacheManager.class})
class CatalogPriceBookIT {

    private static final Currency USD = Currency.getInstance("USD");

    @Autowired
    CatalogPriceBook priceBook;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    NamedParameterJdbcTemplate named;

    @Test
    void givesEachProductItsPriceInTheCurrencyWithItsTaxCategoryAndCategories() {
        var products = priceBook.products(List.of(new Sku("MUG-CLASSIC"), new Sku("TSHIRT-BLK-M")), USD, Instant.now());

        var mug = products.get(new Sku("MUG-CLASSIC"));
        assertThat(mug.name()).isEqualTo("Classic mug");
        assertThat(mug.unitPrice()).isEqualTo(Money.of(1350, "USD"));
        assertThat(mug.taxCategory()).isEqualTo(TaxCategory.STANDARD);
        assertThat(mug.categories()).containsExactly("homeware");
        assertThat(mug.weightGrams()).isEqualTo(350);
        assertThat(products.get(new Sku("TSHIRT-BLK-M")).unitPrice()).isEqualTo(Money.of(2199, "USD"));
    }

    @Test
    void thePriceInForceIsTheOneThatTookEffectLastAndAScheduledOneWaits() {
        var now = Instant.now();
        jdbc.sql("""
                INSERT INTO catalog_price (sku, currency, unit_price_minor, valid_from, valid_until) VALUES
                  ('MUG-CLASSIC', 'USD', 1450, ?, NULL),
                  ('MUG-CLASSIC', 'USD', 9999, ?, NULL),
                  ('TSHIRT-BLK-M', 'USD', 100, ?, ?)""")
                .params(Timestamp.from(now.minusSeconds(3_600)), Timestamp.from(now.plusSeconds(86_400)),
                        Timestamp.from(now.minusSeconds(7_200)), Timestamp.from(now.minusSeconds(60)))
                .update();

        var products = priceBook.products(List.of(new Sku("MUG-CLASSIC"), new Sku("TSHIRT-BLK-M")), USD, now);

        assertThat(products.get(new Sku("MUG-CLASSIC")).unitPrice()).as("the newest price in force, not the scheduled one")
                .isEqualTo(Money.of(1450, "USD"));
        assertThat(products.get(new Sku("TSHIRT-BLK-M")).unitPrice()).as("a price that ended gives way to the one before it")
                .isEqualTo(Money.of(2199, "USD"));
        assertThat(priceBook.products(List.of(new Sku("MUG-CLASSIC")), USD, now.plusSeconds(90_000))
                .get(new Sku("MUG-CLASSIC")).unitPrice()).as("the scheduled price once it takes effect")
                .isEqualTo(Money.of(9999, "USD"));
    }

    @Test
    void keptPricesAreReadOnceAndTheOneInForceIsChosenWhenAsked() {
        var now = Instant.now();
        jdbc.sql("INSERT INTO catalog_price (sku, currency, unit_price_minor, valid_from) VALUES ('HOODIE-GRY-M', 'USD', 7777, ?)")
                .param(Timestamp.from(now.plusSeconds(86_400))).update();
        var keeping = new CatalogPriceBook(named, new ConcurrentMapCacheManager());
        var hoodie = new Sku("HOODIE-GRY-M");
        var today = keeping.products(List.of(hoodie, new Sku("NOPE")), USD, now).get(hoodie).unitPrice();

        jdbc.sql("DELETE FROM catalog_price WHERE sku = 'HOODIE-GRY-M' AND currency = 'USD'").update();

        assertThat(keeping.products(List.of(hoodie), USD, now).get(hoodie).unitPrice()).as("kept, not read again").isEqualTo(today);
        assertThat(keeping.products(List.of(hoodie), USD, now.plusSeconds(90_000)).get(hoodie).unitPrice())
                .as("the scheduled price of the kept rows, once it takes effect").isEqualTo(Money.of(7777, "USD"));
        assertThat(keeping.products(List.of(new Sku("NOPE")), USD, now)).as("a SKU without a price, kept as such").isEmpty();
    }

    @Test
    void leavesOutEverySkuWithoutAPriceInThatCurrency() {
        var products = priceBook.products(List.of(new Sku("POSTER-A2"), new Sku("NOPE"), new Sku("MUG-CLASSIC")), USD,
                Instant.now());

        assertThat(products).containsOnlyKeys(new Sku("MUG-CLASSIC"));
    }
}
