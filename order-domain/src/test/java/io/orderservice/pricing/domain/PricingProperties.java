package io.orderservice.pricing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderservice.pricing.domain.PriceBreakdown.AppliedPromotion;
import io.orderservice.pricing.domain.PriceBreakdown.Line;
import io.orderservice.pricing.domain.PriceBreakdown.TaxLine;
import io.orderservice.shared.Address;
import io.orderservice.shared.CustomerId;
import io.orderservice.shared.Money;
import io.orderservice.shared.Quantity;
import io.orderservice.shared.Sku;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * What holds for every basket, policy and set of promotions: the parts add up to the totals in every
 * currency, nothing goes negative, rounding stays within its documented bound, and pricing is a function.
 */
class PricingProperties {

    private static final PricingEngine ENGINE = new PricingEngine();
    private static final Address BERLIN = new Address("Ada Lovelace", "12 Analytical Way", null, "Berlin", "BE", "10115", "DE");

    record Case(Basket basket, TaxPolicy policy, List<Promotion> promotions) {
    }

    @Property(tries = 500)
    void theTotalIsTheSumOfItsPartsAndNothingIsNegative(@ForAll("cases") Case priced) {
        var breakdown = ENGINE.price(priced.basket(), priced.policy(), priced.promotions());
        var currency = priced.basket().currency();
        var zero = Money.zero(currency);

        assertThat(breakdown.subtotal()).isEqualTo(breakdown.lines().stream().map(Line::gross).reduce(zero, Money::plus));
        assertThat(breakdown.discount()).isEqualTo(breakdown.lines().stream().map(Line::discount).reduce(zero, Money::plus));
        assertThat(breakdown.discount().plus(breakdown.shippingDiscount()))
                .isEqualTo(breakdown.promotions().stream().map(AppliedPromotion::total).reduce(zero, Money::plus));
        assertThat(breakdown.tax()).isEqualTo(breakdown.taxLines().stream().map(TaxLine::tax).reduce(zero, Money::plus));
        var expected = breakdown.subtotal().minus(breakdown.discount()).plus(breakdown.shipping())
                .minus(breakdown.shippingDiscount()).minus(breakdown.includedTaxRemoved());
        if (!breakdown.taxIncluded()) {
            expected = expected.plus(breakdown.tax());
        }
        assertThat(breakdown.grandTotal()).isEqualTo(expected);

        assertThat(breakdown.lines()).allSatisfy(line -> {
            assertThat(line.net().isNegative()).as("no discount takes a line below zero").isFalse();
            assertThat(line.tax().isNegative()).isFalse();
        });
        assertThat(breakdown.shippingDiscount().isGreaterThan(breakdown.shipping())).isFalse();
        assertThat(breakdown.grandTotal().isNegative()).as("no discount makes a total negative").isFalse();
        assertThat(breakdown.tax().isGreaterThan(zero.plus(breakdown.subtotal()).plus(breakdown.shipping()))).isFalse();
    }

    @Property(tries = 300)
    void roundingStaysWithinItsBoundPerRoundedAmount(@ForAll("cases") Case priced) {
        var breakdown = ENGINE.price(priced.basket(), priced.policy(), priced.promotions());
        var policy = priced.policy();
        int lines = priced.basket().items().size();
        for (var taxLine : breakdown.taxLines()) {
            var exact = exactTax(priced.basket(), policy, breakdown, taxLine);
            var error = BigDecimal.valueOf(taxLine.tax().amountMinor()).subtract(exact).abs();
            // per order: one rounding per tax line; per line: one per line and one for the shipping. A rounding
            // to nearest is off by half a minor unit at most, a directed one (DOWN, UP, ...) by less than one.
            var perRounding = policy.rounding().isToNearest() ? new BigDecimal("0.5") : BigDecimal.ONE;
            var bound = policy.rounding().level() == Rounding.Level.PER_ORDER ? perRounding
                    : perRounding.multiply(BigDecimal.valueOf(lines + 1L));
            assertThat(error).as("tax line %s: %s against exact %s", taxLine.jurisdiction(), taxLine.tax(), exact)
                    .isLessThanOrEqualTo(bound);
        }
    }

    @Property(tries = 200)
    void theSameInputsGiveTheSameResult(@ForAll("cases") Case priced) {
        assertThat(ENGINE.price(priced.basket(), priced.policy(), priced.promotions()))
                .isEqualTo(ENGINE.price(priced.basket(), priced.policy(), priced.promotions()));
    }

    /** The tax of one rule before rounding, recomputed from the breakdown's net lines. */
    private static BigDecimal exactTax(Basket basket, TaxPolicy policy, PriceBreakdown breakdown, TaxLine taxLine) {
        var rules = policy.rules().stream().filter(rule -> rule.category() == taxLine.category()).toList();
        var together = rules.stream().map(TaxRule::rate).reduce(BigDecimal.ZERO, BigDecimal::add);
        var divisor = policy.mode() == PriceMode.TAX_INCLUSIVE ? BigDecimal.ONE.add(together) : BigDecimal.ONE;
        var base = BigDecimal.ZERO;
        for (int i = 0; i < basket.items().size(); i++) {
            if (basket.items().get(i).taxCategory() == taxLine.category()) {
                base = base.add(BigDecimal.valueOf(breakdown.lines().get(i).net().amountMinor()));
            }
        }
        var rule = rules.stream().filter(each -> each.rate().compareTo(taxLine.rate()) == 0).findFirst().orElseThrow();
        if (rule.taxesShipping() && rule.category() == TaxCategory.STANDARD) {
            base = base.add(BigDecimal.valueOf(breakdown.shipping().minus(breakdown.shippingDiscount()).amountMinor()));
        }
        return base.divide(divisor, java.math.MathContext.DECIMAL128).multiply(taxLine.rate());
    }

    @Provide
    Arbitrary<Case> cases() {
        var currency = Arbitraries.of("EUR", "USD", "JPY", "KWD", "GBP").map(Currency::getInstance);
        var mode = Arbitraries.of(PriceMode.class);
        var rounding = Combinators.combine(Arbitraries.of(Rounding.Level.class),
                Arbitraries.of(RoundingMode.HALF_EVEN, RoundingMode.HALF_UP, RoundingMode.DOWN)).as(Rounding::new);
        var rates = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("0.27")).ofScale(4);
        return Combinators.combine(currency, mode, rounding, rates, rates, Arbitraries.integers().between(1, 6),
                        Arbitraries.longs().between(1, 1_000_000_000L), Arbitraries.integers().between(0, 4))
                .flatAs((money, priceMode, round, standard, reduced, itemCount, seed, promotionCount) -> {
                    var random = new java.util.Random(seed);
                    var items = new ArrayList<BasketItem>();
                    for (int i = 0; i < itemCount; i++) {
                        var category = TaxCategory.values()[random.nextInt(TaxCategory.values().length)];
                        items.add(new BasketItem(new Sku("SKU-" + i), Set.of(i % 2 == 0 ? "even" : "odd"), category,
                                Quantity.of(1 + random.nextInt(20)), new Money(random.nextInt(200_000), money)));
                    }
                    var shipping = new Money(random.nextInt(3_000), money);
                    var buyer = random.nextInt(5) == 0 ? new Buyer(new CustomerId("b"), true, "FR", Set.of("vip"), null)
                            : new Buyer(new CustomerId("c"), false, null, Set.of(random.nextBoolean() ? "vip" : "regular"), null);
                    var basket = new Basket(money, items, shipping, BERLIN, buyer, Instant.parse("2026-11-28T10:00:00Z"),
                            Set.of("CODE"));
                    var policy = new TaxPolicy(priceMode, round, List.of(
                            new TaxRule(Jurisdiction.country("Germany", "DE"), TaxCategory.STANDARD, standard, random.nextBoolean()),
                            new TaxRule(Jurisdiction.country("Germany", "DE"), TaxCategory.REDUCED, reduced, false),
                            new TaxRule(Jurisdiction.country("Germany", "DE"), TaxCategory.ZERO, BigDecimal.ZERO, false)),
                            "DE", Set.of("DE", "FR"));
                    var promotions = new ArrayList<Promotion>();
                    for (int p = 0; p < promotionCount; p++) {
                        promotions.add(promotion(p, random, money));
                    }
                    return Arbitraries.just(new Case(basket, policy, promotions));
                });
    }

    private static Promotion promotion(int index, java.util.Random random, Currency currency) {
        Promotion.Benefit benefit = switch (random.nextInt(4)) {
            case 0 -> new Promotion.PercentOff(BigDecimal.valueOf(1 + random.nextInt(100)).movePointLeft(2));
            case 1 -> new Promotion.AmountOff(new Money(1 + random.nextInt(500_000), currency));
            case 2 -> new Promotion.BuyGetFree(1 + random.nextInt(3), 1 + random.nextInt(2));
            default -> new Promotion.FreeShipping();
        };
        var categories = random.nextBoolean() ? Set.<String>of() : Set.of(random.nextBoolean() ? "even" : "odd");
        return new Promotion("p" + index, random.nextBoolean() ? "CODE" : null, benefit, Set.of(), categories,
                random.nextInt(4) == 0 ? Set.of("vip") : Set.of(),
                random.nextInt(3) == 0 ? new Money(random.nextInt(1_000_000), currency) : null, null, null,
                random.nextInt(4) == 0, random.nextInt(10));
    }
}
