package io.orderservice.pricing.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderservice.ordering.application.port.out.OrderPricing.PricedBasket;
import io.orderservice.ordering.application.port.out.OrderPricing.PricingRequest;
import io.orderservice.ordering.application.port.out.OrderPricing.UnknownSkus;
import io.orderservice.ordering.application.port.out.RequestedLine;
import io.orderservice.shared.Address;
import io.orderservice.shared.CustomerId;
import io.orderservice.shared.Money;
import io.orderservice.shared.Quantity;
import io.orderservice.shared.Sku;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;

/** Against the seeded demo catalog of the Liquibase changelog. */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(CatalogPricing.class)
class CatalogPricingIT {

    private static final Address ADDRESS = new Address("Ada", "1 Way", null, "Berlin", null, "10115", "DE");

    @Autowired
    CatalogPricing pricing;

    @Test
    void pricesEachLineInTheRequestedCurrencyInRequestOrder() {
        var outcome = pricing.price(request("USD", line("MUG-CLASSIC", 3), line("TSHIRT-BLK-M", 1)));

        assertThat(outcome).isInstanceOfSatisfying(PricedBasket.class, basket -> {
            assertThat(basket.lines()).extracting(l -> l.sku().value()).containsExactly("MUG-CLASSIC", "TSHIRT-BLK-M");
            assertThat(basket.lines().get(0).unitPrice()).isEqualTo(Money.of(1350, "USD"));
            assertThat(basket.lines().get(0).name()).isEqualTo("Classic mug");
            assertThat(basket.discount().isZero()).isTrue();
            assertThat(basket.tax().isZero()).isTrue();
        });
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void thePriceInForceNowIsTheOneThatTookEffectLastAndAScheduledOneWaits() {
        var now = java.time.Instant.now();
        jdbc.sql("""
                INSERT INTO catalog_price (sku, currency, unit_price_minor, valid_from, valid_until) VALUES
                  ('MUG-CLASSIC', 'USD', 1450, ?, NULL),
                  ('MUG-CLASSIC', 'USD', 9999, ?, NULL),
                  ('TSHIRT-BLK-M', 'USD', 100, ?, ?)""")
                .params(java.sql.Timestamp.from(now.minusSeconds(3_600)), java.sql.Timestamp.from(now.plusSeconds(86_400)),
                        java.sql.Timestamp.from(now.minusSeconds(7_200)), java.sql.Timestamp.from(now.minusSeconds(60)))
                .update();

        var outcome = pricing.price(request("USD", line("MUG-CLASSIC", 1), line("TSHIRT-BLK-M", 1)));

        assertThat(outcome).isInstanceOfSatisfying(PricedBasket.class, basket -> {
            assertThat(basket.lines().get(0).unitPrice()).as("the newest price in force, not the scheduled one")
                    .isEqualTo(Money.of(1450, "USD"));
            assertThat(basket.lines().get(1).unitPrice()).as("a price that ended gives way to the one before it")
                    .isEqualTo(Money.of(2199, "USD"));
        });
    }

    @Test
    void namesEverySkuWithoutAPriceInThatCurrency() {
        var outcome = pricing.price(request("USD", line("POSTER-A2", 1), line("NOPE", 1), line("MUG-CLASSIC", 1)));

        assertThat(outcome).isInstanceOfSatisfying(UnknownSkus.class, unknown ->
                assertThat(unknown.skus()).containsExactlyInAnyOrder(new Sku("POSTER-A2"), new Sku("NOPE")));
    }

    private static PricingRequest request(String currency, RequestedLine... lines) {
        return new PricingRequest(new CustomerId("c-1"), Currency.getInstance(currency), ADDRESS, List.of(lines));
    }

    private static RequestedLine line(String sku, int quantity) {
        return new RequestedLine(new Sku(sku), Quantity.of(quantity));
    }
}
