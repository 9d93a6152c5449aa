package io.orderservice.pricing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderservice.pricing.domain.PriceBreakdown.TaxLine;
import io.orderservice.pricing.domain.Promotion.BuyGetFree;
import io.orderservice.pricing.domain.Promotion.FreeShipping;
import io.orderservice.pricing.domain.Promotion.PercentOff;
import io.orderservice.shared.Address;
import io.orderservice.shared.CustomerId;
import io.orderservice.shared.Money;
import io.orderservice.shared.Quantity;
import io.orderservice.shared.Sku;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The worked examples of docs/pricing.md, each computed by hand and checked to the minor unit. */
class PricingExamplesTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    private static final PricingEngine ENGINE = new PricingEngine();
    private static final Buyer CONSUMER = Buyer.consumer(new CustomerId("c-1"));
    private static final Set<String> EU = Set.of("DE", "FR", "NL", "IT", "ES", "AT");

    // --- US sales tax: state plus local ------------------------------------------------------

    private static final TaxPolicy US = new TaxPolicy(PriceMode.TAX_EXCLUSIVE, Rounding.DEFAULT, List.of(
            new TaxRule(Jurisdiction.region("California", "US", "CA"), TaxCategory.STANDARD, new BigDecimal("0.0600"), false),
            new TaxRule(new Jurisdiction("Los Angeles County", "US", "CA", "90001", "90899"), TaxCategory.STANDARD,
                    new BigDecimal("0.0250"), false)), "US", Set.of());

    @Test
    void usSalesTaxAddsTheStatesAndTheCountysTaxOnTopAndLeavesShippingUntaxed() {
        var basket = basket("USD", address("US", "CA", "90012"), CONSUMER, Set.of(), item("HAT", TaxCategory.STANDARD, 2, 1_000, "USD"),
                item("CAP", TaxCategory.STANDARD, 1, 1_999, "USD")).withShipping(Money.of(500, "USD"));

        var priced = ENGINE.price(basket.basket(), US, List.of());

        // 39.99 × 6 % = 2.3994 → 2.40; × 2.5 % = 0.99975 → 1.00
        assertThat(priced.taxLines()).extracting(TaxLine::jurisdiction, TaxLine::tax)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("California", Money.of(240, "USD")),
                        org.assertj.core.groups.Tuple.tuple("Los Angeles County", Money.of(100, "USD")));
        assertThat(priced.tax()).isEqualTo(Money.of(340, "USD"));
        assertThat(priced.grandTotal()).isEqualTo(Money.of(3_999 + 340 + 500, "USD"));
        assertThat(priced.taxIncluded()).isFalse();

        var outsideLosAngeles = ENGINE.price(basket("USD", address("US", "CA", "94105"), CONSUMER, Set.of(),
                item("HAT", TaxCategory.STANDARD, 1, 1_000, "USD")).basket(), US, List.of());
        assertThat(outsideLosAngeles.taxLines()).singleElement().satisfies(line -> assertThat(line.tax()).isEqualTo(Money.of(60, "USD")));
    }

    // --- EU VAT, prices including it ----------------------------------------------------------

    private static final TaxPolicy GERMANY = new TaxPolicy(PriceMode.TAX_INCLUSIVE, Rounding.DEFAULT, List.of(
            new TaxRule(Jurisdiction.country("Germany", "DE"), TaxCategory.STANDARD, new BigDecimal("0.19"), true),
            new TaxRule(Jurisdiction.country("Germany", "DE"), TaxCategory.REDUCED, new BigDecimal("0.07"), false),
            new TaxRule(Jurisdiction.country("France", "FR"), TaxCategory.STANDARD, new BigDecimal("0.20"), true)),
            "DE", EU);

    @Test
    void euVatIsIncludedInThePricesAndShippingIsTaxedAtTheStandardRate() {
        var basket = basket("EUR", address("DE", null, "10115"), CONSUMER, Set.of(), item("SHIRT", TaxCategory.STANDARD, 1, 1_190, "EUR"),
                item("BOOK", TaxCategory.REDUCED, 1, 1_070, "EUR")).withShipping(Money.of(495, "EUR"));

        var priced = ENGINE.price(basket.basket(), GERMANY, List.of());

        // 19 %: (11.90 + 4.95) / 1.19 = 14.1597 taxable, tax 2.6903 → 2.69; 7 %: 10.00 taxable, tax 0.70
        assertThat(priced.taxLines()).extracting(TaxLine::rate, TaxLine::taxable, TaxLine::tax).containsExactly(
                org.assertj.core.groups.Tuple.tuple(new BigDecimal("0.19"), Money.of(1_416, "EUR"), Money.of(269, "EUR")),
                org.assertj.core.groups.Tuple.tuple(new BigDecimal("0.07"), Money.of(1_000, "EUR"), Money.of(70, "EUR")));
        assertThat(priced.taxIncluded()).isTrue();
        assertThat(priced.grandTotal()).as("the prices as shown: tax is inside them").isEqualTo(Money.of(1_190 + 1_070 + 495, "EUR"));
    }

    @Test
    void aZeroRatedItemIsOnTheTaxLinesAtZero() {
        var uk = new TaxPolicy(PriceMode.TAX_INCLUSIVE, Rounding.DEFAULT, List.of(
                new TaxRule(Jurisdiction.country("United Kingdom", "GB"), TaxCategory.STANDARD, new BigDecimal("0.20"), true),
                new TaxRule(Jurisdiction.country("United Kingdom", "GB"), TaxCategory.ZERO, BigDecimal.ZERO, false)), "GB", Set.of());
        var basket = basket("GBP", address("GB", null, "N1 9GU"), CONSUMER, Set.of(), item("BOOK", TaxCategory.ZERO, 2, 899, "GBP"));

        var priced = ENGINE.price(basket.basket(), uk, List.of());

        assertThat(priced.taxLines()).singleElement().satisfies(line -> {
            assertThat(line.category()).isEqualTo(TaxCategory.ZERO);
            assertThat(line.taxable()).isEqualTo(Money.of(1_798, "GBP"));
            assertThat(line.tax()).isEqualTo(Money.of(0, "GBP"));
        });
        assertThat(priced.grandTotal()).isEqualTo(Money.of(1_798, "GBP"));
    }

    @Test
    void anExemptBusinessCustomerPaysNoTaxWhileTheCertificateIsValid() {
        var certificate = new TaxExemption("CA-RESALE-4711", LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"));
        var reseller = new Buyer(new CustomerId("b-1"), true, null, Set.of(), certificate);
        var basket = basket("USD", address("US", "CA", "90012"), reseller, Set.of(), item("HAT", TaxCategory.STANDARD, 10, 1_000, "USD"));

        var priced = ENGINE.price(basket.basket(), US, List.of());

        assertThat(priced.taxLines()).isEmpty();
        assertThat(priced.tax()).isEqualTo(Money.of(0, "USD"));
        assertThat(priced.grandTotal()).isEqualTo(Money.of(10_000, "USD"));
        assertThat(priced.notes()).singleElement().asString().contains("CA-RESALE-4711");

        var expired = ENGINE.price(basket.at(Instant.parse("2027-01-02T00:00:00Z")).basket(), US, List.of());
        assertThat(expired.tax()).as("after the certificate ran out").isEqualTo(Money.of(850, "USD"));
    }

    @Test
    void aBusinessBuyerInAnotherEuCountryIsChargedTheNetPriceUnderReverseCharge() {
        var french = new Buyer(new CustomerId("b-2"), true, "FR", Set.of(), null);
        var basket = basket("EUR", address("FR", null, "75001"), french, Set.of(), item("SHIRT", TaxCategory.STANDARD, 1, 1_200, "EUR"));

        var priced = ENGINE.price(basket.basket(), GERMANY, List.of());

        assertThat(priced.taxLines()).isEmpty();
        assertThat(priced.includedTaxRemoved()).isEqualTo(Money.of(200, "EUR"));
        assertThat(priced.grandTotal()).as("12.00 including 20 % French VAT is 10.00 net").isEqualTo(Money.of(1_000, "EUR"));
        assertThat(priced.notes()).singleElement().asString().contains("reverse charge");

        var consumer = ENGINE.price(basket("EUR", address("FR", null, "75001"), CONSUMER, Set.of(),
                item("SHIRT", TaxCategory.STANDARD, 1, 1_200, "EUR")).basket(), GERMANY, List.of());
        assertThat(consumer.tax()).as("a consumer pays the French VAT").isEqualTo(Money.of(200, "EUR"));
        assertThat(consumer.grandTotal()).isEqualTo(Money.of(1_200, "EUR"));
    }

    // --- promotions ------------------------------------------------------------------------

    @Test
    void buyTwoGetOneFreeMakesTheCheapestOfEveryThreeFree() {
        var mugs = new Promotion("b2g1-mugs", null, new BuyGetFree(2, 1), Set.of(), Set.of("mugs"), Set.of(), null, null, null,
                false, 10);
        var basket = basket("EUR", address("DE", null, "10115"), CONSUMER, Set.of(),
                new BasketItem(new Sku("MUG-RED"), Set.of("mugs"), TaxCategory.STANDARD, Quantity.of(2), Money.of(1_200, "EUR")),
                new BasketItem(new Sku("MUG-BLUE"), Set.of("mugs"), TaxCategory.STANDARD, Quantity.of(2), Money.of(900, "EUR")),
                new BasketItem(new Sku("SHIRT"), Set.of("shirts"), TaxCategory.STANDARD, Quantity.of(1), Money.of(1_990, "EUR")));

        var priced = ENGINE.price(basket.basket(), GERMANY, List.of(mugs));

        // 4 mugs: one free, the cheapest (9.00); the shirt is not targeted
        assertThat(priced.discount()).isEqualTo(Money.of(900, "EUR"));
        assertThat(priced.promotions()).singleElement().satisfies(applied ->
                assertThat(applied.fromLines()).singleElement().satisfies(taken -> assertThat(taken.sku()).isEqualTo(new Sku("MUG-BLUE"))));
        assertThat(priced.grandTotal()).isEqualTo(Money.of(2 * 1_200 + 2 * 900 + 1_990 - 900, "EUR"));
    }

    @Test
    void shippingIsFreeFromAThresholdOfGoods() {
        var freeShipping = new Promotion("free-shipping-50", null, new FreeShipping(), Set.of(), Set.of(), Set.of(),
                Money.of(5_000, "EUR"), null, null, false, 0);

        var over = ENGINE.price(basket("EUR", address("DE", null, "10115"), CONSUMER, Set.of(),
                item("SHIRT", TaxCategory.STANDARD, 3, 1_990, "EUR")).withShipping(Money.of(495, "EUR")).basket(), GERMANY, List.of(freeShipping));
        var under = ENGINE.price(basket("EUR", address("DE", null, "10115"), CONSUMER, Set.of(),
                item("SHIRT", TaxCategory.STANDARD, 2, 1_990, "EUR")).withShipping(Money.of(495, "EUR")).basket(), GERMANY, List.of(freeShipping));

        assertThat(over.shippingDiscount()).isEqualTo(Money.of(495, "EUR"));
        assertThat(over.grandTotal()).isEqualTo(Money.of(5_970, "EUR"));
        assertThat(under.shippingDiscount()).isEqualTo(Money.of(0, "EUR"));
        assertThat(under.grandTotal()).isEqualTo(Money.of(3_980 + 495, "EUR"));
    }

    @Test
    void anExclusivePromotionAppliesAloneAndOnlyWhenNothingOfHigherPriorityApplied() {
        var tenPercent = new Promotion("ten", "SAVE10", new PercentOff(new BigDecimal("0.10")), Set.of(), Set.of(), Set.of(), null,
                null, null, false, 5);
        var vip = new Promotion("vip-20", null, new PercentOff(new BigDecimal("0.20")), Set.of(), Set.of(), Set.of("vip"), null,
                null, null, true, 9);
        var shirt = item("SHIRT", TaxCategory.STANDARD, 1, 10_000, "EUR");
        var vipBuyer = new Buyer(new CustomerId("v-1"), false, null, Set.of("vip"), null);

        var forVip = ENGINE.price(basket("EUR", address("DE", null, "10115"), vipBuyer, Set.of("save10"), shirt).basket(), GERMANY,
                List.of(tenPercent, vip));
        var forOthers = ENGINE.price(basket("EUR", address("DE", null, "10115"), CONSUMER, Set.of("save10"), shirt).basket(), GERMANY,
                List.of(tenPercent, vip));
        var withoutCode = ENGINE.price(basket("EUR", address("DE", null, "10115"), CONSUMER, Set.of(), shirt).basket(), GERMANY,
                List.of(tenPercent, vip));

        assertThat(forVip.promotions()).extracting(PriceBreakdown.AppliedPromotion::promotionId).containsExactly("vip-20");
        assertThat(forVip.discount()).isEqualTo(Money.of(2_000, "EUR"));
        assertThat(forOthers.promotions()).extracting(PriceBreakdown.AppliedPromotion::promotionId).containsExactly("ten");
        assertThat(withoutCode.promotions()).isEmpty();
    }

    @Test
    void perLineRoundingRoundsEachLinesTaxPerOrderRoundsOnce() {
        var lines = new BasketItem[3];
        for (int i = 0; i < 3; i++) {
            lines[i] = item("ITEM-" + i, TaxCategory.STANDARD, 1, 5, "USD"); // 0.05 each: 6 % is 0.3 cent
        }
        var perLine = new TaxPolicy(PriceMode.TAX_EXCLUSIVE, new Rounding(Rounding.Level.PER_LINE, RoundingMode.HALF_EVEN),
                List.of(US.rules().get(0)), "US", Set.of());
        var basket = basket("USD", address("US", "CA", "94105"), CONSUMER, Set.of(), lines).basket();

        assertThat(ENGINE.price(basket, perLine, List.of()).tax()).as("0.3 + 0.3 + 0.3, each rounded to 0").isEqualTo(Money.of(0, "USD"));
        assertThat(ENGINE.price(basket, US, List.of()).taxLines().get(0).tax()).as("0.9 rounded once").isEqualTo(Money.of(1, "USD"));
    }

    // --- building baskets ------------------------------------------------------------------

    private static BasketItem item(String sku, TaxCategory category, int quantity, long unitCents, String currency) {
        return new BasketItem(new Sku(sku), Set.of(), category, Quantity.of(quantity), Money.of(unitCents, currency));
    }

    private static Address address(String country, String region, String postalCode) {
        return new Address("Ada Lovelace", "12 Analytical Way", null, "Somewhere", region, postalCode, country);
    }

    private static Draft basket(String currency, Address to, Buyer buyer, Set<String> codes, BasketItem... items) {
        return new Draft(new Basket(Money.currencyOf(currency), List.of(items), Money.zero(Money.currencyOf(currency)), to, buyer, NOW,
                codes));
    }

    private record Draft(Basket basket) {
        Draft withShipping(Money shipping) {
            return new Draft(new Basket(basket.currency(), basket.items(), shipping, basket.shipTo(), basket.buyer(), basket.at(),
                    basket.promoCodes()));
        }

        Draft at(Instant at) {
            return new Draft(new Basket(basket.currency(), basket.items(), basket.shipping(), basket.shipTo(), basket.buyer(), at,
                    basket.promoCodes()));
        }
    }
}
