package io.orderservice.pricing.domain;

import static io.orderservice.shared.PropertyFalsification.assertFalsified;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

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
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * What holds for every basket, policy and set of promotions: the parts add up to the totals in every
 * currency, nothing goes negative, rounding stays within its documented bound, and pricing is a function.
 */
class PricingProperties {

    private static final PricingEngine ENGINE = new PricingEngine();
    private static final Address BERLIN = new Address("Ada Lovelace", "12 Analytical Way", null, "Berlin", "BE", "10115", "DE");

    record Case(Basket basket, TaxPolicy policy, List<Promotion> promotions) {
    }

    /** What the properties price with: the engine, or a variant of it with a mistake. */
    interface Pricing {
        PriceBreakdown price(Basket basket, TaxPolicy policy, List<Promotion> promotions);
    }

    @Test
    void theTotalIsTheSumOfItsPartsAndNothingIsNegative() {
        theTotalIsTheSumOfItsPartsAndNothingIsNegative(ENGINE::price);
    }

    @Test
    void aGrandTotalThatForgetsTheShippingDiscountIsCaught() {
        assertFalsified(() -> theTotalIsTheSumOfItsPartsAndNothingIsNegative((basket, policy, promotions) -> {
            var b = ENGINE.price(basket, policy, promotions);
            return new PriceBreakdown(b.lines(), b.promotions(), b.taxLines(), b.subtotal(), b.discount(), b.shipping(),
                    b.shippingDiscount(), b.tax(), b.taxIncluded(), b.includedTaxRemoved(), b.grandTotal().plus(b.shippingDiscount()),
                    b.notes());
        }));
    }

    @Test
    void roundingStaysWithinItsBoundPerRoundedAmount() {
        roundingStaysWithinItsBoundPerRoundedAmount(ENGINE::price);
    }

    @Test
    void anEngineThatRoundsEachLineUpWhateverThePolicySaysIsCaught() {
        assertFalsified(() -> roundingStaysWithinItsBoundPerRoundedAmount((basket, policy, promotions) -> ENGINE.price(basket,
                new TaxPolicy(policy.mode(), new Rounding(Rounding.Level.PER_LINE, RoundingMode.UP), policy.rules(),
                        policy.sellerCountry(), policy.reverseChargeCountries()), promotions)));
    }

    @Test
    void theSameInputsGiveTheSameResult() {
        theSameInputsGiveTheSameResult(ENGINE::price);
    }

    @Test
    void anEngineWithHiddenStateIsCaught() {
        var calls = new AtomicInteger();
        assertFalsified(() -> theSameInputsGiveTheSameResult((basket, policy, promotions) ->
                ENGINE.price(basket, policy, calls.incrementAndGet() % 2 == 0 ? promotions : List.of())));
    }

    static void theTotalIsTheSumOfItsPartsAndNothingIsNegative(Pricing pricing) {
        qt().withExamples(500).forAll(CASES).checkAssert(priced -> {
            var breakdown = pricing.price(priced.basket(), priced.policy(), priced.promotions());
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
        });
    }

    static void roundingStaysWithinItsBoundPerRoundedAmount(Pricing pricing) {
        qt().withExamples(300).forAll(CASES).checkAssert(priced -> {
            var breakdown = pricing.price(priced.basket(), priced.policy(), priced.promotions());
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
        });
    }

    static void theSameInputsGiveTheSameResult(Pricing pricing) {
        qt().withExamples(200).forAll(CASES).checkAssert(priced ->
                assertThat(pricing.price(priced.basket(), priced.policy(), priced.promotions()))
                        .isEqualTo(pricing.price(priced.basket(), priced.policy(), priced.promotions())));
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

    /** The shape of a case; its items, buyer and promotions come from a seeded {@link Random}. */
    private record Shape(Currency currency, PriceMode mode, Rounding rounding, BigDecimal standard, BigDecimal reduced) {
    }

    private static final Gen<BigDecimal> RATES = integers().between(0, 2_700).map(basisPoints -> BigDecimal.valueOf(basisPoints, 4));

    private static final Gen<Case> CASES = arbitrary().pick("EUR", "USD", "JPY", "KWD", "GBP").map(Currency::getInstance)
            .zip(arbitrary().enumValues(PriceMode.class),
                    arbitrary().enumValues(Rounding.Level.class)
                            .zip(arbitrary().pick(RoundingMode.HALF_EVEN, RoundingMode.HALF_UP, RoundingMode.DOWN), Rounding::new),
                    RATES, RATES, Shape::new)
            .zip(integers().between(1, 6), longs().between(1, 1_000_000_000L), integers().between(0, 4), PricingProperties::build);

    private static Case build(Shape shape, int itemCount, long seed, int promotionCount) {
        var money = shape.currency();
        var random = new Random(seed);
        var items = new ArrayList<BasketItem>();
        for (int i = 0; i < itemCount; i++) {
            var category = TaxCategory.values()[random.nextInt(TaxCategory.values().length)];
            items.add(new BasketItem(new Sku("SKU-" + i), Set.of(i % 2 == 0 ? "even" : "odd"), category,
                    Quantity.of(1 + random.nextInt(20)), new Money(random.nextInt(200_000), money)));
        }
        var shipping = new Money(random.nextInt(3_000), money);
        var buyer = random.nextInt(5) == 0 ? new Buyer(new CustomerId("b"), true, "FR", Set.of("vip"), null)
                : new Buyer(new CustomerId("c"), false, null, Set.of(random.nextBoolean() ? "vip" : "regular"), null);
        var basket = new Basket(money, items, shipping, BERLIN, buyer, Instant.parse("2026-11-28T10:00:00Z"), Set.of("CODE"));
        var policy = new TaxPolicy(shape.mode(), shape.rounding(), List.of(
                new TaxRule(Jurisdiction.country("Germany", "DE"), TaxCategory.STANDARD, shape.standard(), random.nextBoolean()),
                new TaxRule(Jurisdiction.country("Germany", "DE"), TaxCategory.REDUCED, shape.reduced(), false),
                new TaxRule(Jurisdiction.country("Germany", "DE"), TaxCategory.ZERO, BigDecimal.ZERO, false)),
                "DE", Set.of("DE", "FR"));
        var promotions = new ArrayList<Promotion>();
        for (int p = 0; p < promotionCount; p++) {
            promotions.add(promotion(p, random, money));
        }
        return new Case(basket, policy, promotions);
    }

    private static Promotion promotion(int index, Random random, Currency currency) {
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
