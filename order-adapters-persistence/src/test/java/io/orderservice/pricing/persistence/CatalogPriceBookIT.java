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
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Against the seeded demo catalog of the Liquibase changelog. */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(CatalogPriceBook.class)
class CatalogPriceBookIT {

    private static final Currency USD = Currency.getInstance("USD");

    @Autowired
    CatalogPriceBook priceBook;

    @Autowired
    JdbcClient jdbc;

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
    void leavesOutEverySkuWithoutAPriceInThatCurrency() {
        var products = priceBook.products(List.of(new Sku("POSTER-A2"), new Sku("NOPE"), new Sku("MUG-CLASSIC")), USD,
                Instant.now());

        assertThat(products).containsOnlyKeys(new Sku("MUG-CLASSIC"));
    }
}
