package io.orderservice.pricing.domain;

import io.orderservice.pricing.domain.PriceBreakdown.AppliedPromotion;
import io.orderservice.pricing.domain.PriceBreakdown.Line;
import io.orderservice.pricing.domain.PriceBreakdown.TaxLine;
import io.orderservice.pricing.domain.PriceBreakdown.Taken;
import io.orderservice.pricing.domain.Promotion.AmountOff;
import io.orderservice.pricing.domain.Promotion.BuyGetFree;
import io.orderservice.pricing.domain.Promotion.FreeShipping;
import io.orderservice.pricing.domain.Promotion.PercentOff;
import io.orderservice.shared.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Prices a basket: promotions first (by priority), then taxes on what is left, then the totals. Pure and
 * deterministic: the same basket, policy and promotions give the same breakdown, to the minor unit. Amounts are
 * worked in minor units; tax is computed exactly and rounded as the policy says; whatever is spread over lines
 * (an amount off, an order-rounded tax) is spread by largest remainder, so the parts always add up.
 */
public final class PricingEngine {

    private static final MathContext EXACT = MathContext.DECIMAL128;

    public PriceBreakdown price(Basket basket, TaxPolicy policy, List<Promotion> promotions) {
        var items = basket.items();
        int n = items.size();
        long[] gross = items.stream().mapToLong(item -> item.gross().amountMinor()).toArray();
        long[] discount = new long[n];
        long shipping = basket.shipping().amountMinor();
        long shippingDiscount = 0;
        var applied = new ArrayList<AppliedPromotion>();

        var offered = promotions.stream().filter(promotion -> promotion.offeredFor(basket))
                .sorted(Comparator.comparingInt(Promotion::priority).reversed().thenComparing(Promotion::id)).toList();
        for (var promotion : offered) {
            if (promotion.exclusive() && !applied.isEmpty()) {
                continue;
            }
            long[] remaining = new long[n];
            long goods = 0;
            for (int i = 0; i < n; i++) {
                remaining[i] = promotion.targets(items.get(i)) ? gross[i] - discount[i] : 0;
                goods += remaining[i];
            }
            if (promotion.minimumGoods() != null && goods < promotion.minimumGoods().amountMinor()) {
                continue;
            }
            long[] take = new long[n];
            long shippingTake = 0;
            var benefit = promotion.benefit();
            if (benefit instanceof PercentOff percent) {
                for (int i = 0; i < n; i++) {
                    take[i] = round(BigDecimal.valueOf(remaining[i]).multiply(percent.fraction()), RoundingMode.HALF_EVEN);
                }
            } else if (benefit instanceof AmountOff amount) {
                take = spread(Math.min(amount.amount().amountMinor(), goods), remaining);
            } else if (benefit instanceof BuyGetFree buyGet) {
                take = freeUnits(basket, buyGet, remaining, promotion);
            } else if (benefit instanceof FreeShipping) {
                shippingTake = shipping - shippingDiscount;
            }
            long total = shippingTake;
            for (long each : take) {
                total += each;
            }
            if (total == 0) {
                continue;
            }
            var fromLines = new ArrayList<Taken>();
            for (int i = 0; i < n; i++) {
                discount[i] += take[i];
                if (take[i] > 0) {
                    fromLines.add(new Taken(items.get(i).sku(), money(take[i], basket)));
                }
            }
            shippingDiscount += shippingTake;
            applied.add(new AppliedPromotion(promotion.id(), promotion.code(), fromLines, money(shippingTake, basket)));
            if (promotion.exclusive()) {
                break;
            }
        }

        var taxes = new Taxes(basket, policy, discount, gross, shipping - shippingDiscount).compute();
        long subtotal = IntStream.range(0, n).mapToLong(i -> gross[i]).sum();
        long discountTotal = IntStream.range(0, n).mapToLong(i -> discount[i]).sum();
        boolean included = policy.mode() == PriceMode.TAX_INCLUSIVE;
        long grand = subtotal - discountTotal + shipping - shippingDiscount + (included ? 0 : taxes.total) - taxes.includedRemoved;
        var lines = IntStream.range(0, n).mapToObj(i -> new Line(items.get(i).sku(), money(gross[i], basket),
                money(discount[i], basket), money(taxes.perLine[i], basket))).toList();
        return new PriceBreakdown(lines, applied, taxes.lines, money(subtotal, basket), money(discountTotal, basket),
                basket.shipping(), money(shippingDiscount, basket), money(taxes.total, basket), included,
                money(taxes.includedRemoved, basket), money(grand, basket), taxes.notes);
    }

    /** The {@code free} cheapest of every {@code buy + free} targeted units, priced at their unit price. */
    private static long[] freeUnits(Basket basket, BuyGetFree buyGet, long[] remaining, Promotion promotion) {
        var items = basket.items();
        int units = 0;
        for (int i = 0; i < items.size(); i++) {
            if (promotion.targets(items.get(i))) {
                units += items.get(i).quantity().value();
            }
        }
        int free = units / (buyGet.buy() + buyGet.free()) * buyGet.free();
        long[] take = new long[items.size()];
        var cheapestFirst = IntStream.range(0, items.size()).filter(i -> promotion.targets(items.get(i))).boxed()
                .sorted(Comparator.comparingLong((Integer i) -> items.get(i).unitPrice().amountMinor())
                        .thenComparing(i -> items.get(i).sku().value()))
                .toList();
        for (int i : cheapestFirst) {
            if (free == 0) {
                break;
            }
            int here = Math.min(free, items.get(i).quantity().value());
            take[i] = Math.min(remaining[i], items.get(i).unitPrice().amountMinor() * here);
            free -= here;
        }
        return take;
    }

    /** Spreads {@code total} over the weights in proportion, to the minor unit, largest remainders first. */
    static long[] spread(long total, long[] weights) {
        long sum = 0;
        for (long weight : weights) {
            sum += weight;
        }
        long[] parts = new long[weights.length];
        if (sum == 0 || total == 0) {
            return parts;
        }
        var remainders = new BigDecimal[weights.length];
        long given = 0;
        for (int i = 0; i < weights.length; i++) {
            var exact = BigDecimal.valueOf(total).multiply(BigDecimal.valueOf(weights[i])).divide(BigDecimal.valueOf(sum), EXACT);
            parts[i] = exact.setScale(0, RoundingMode.FLOOR).longValueExact();
            remainders[i] = exact.subtract(BigDecimal.valueOf(parts[i]));
            given += parts[i];
        }
        var order = IntStream.range(0, weights.length).boxed()
                .sorted(Comparator.comparing((Integer i) -> remainders[i]).reversed().thenComparing(i -> i)).toList();
        for (int k = 0; given < total; k++) {
            parts[order.get(k % order.size())]++;
            given++;
        }
        return parts;
    }

    static long round(BigDecimal minor, RoundingMode mode) {
        return minor.setScale(0, mode).longValueExact();
    }

    private static Money money(long minor, Basket basket) {
        return new Money(minor, basket.currency());
    }

    /** The taxes of one basket after its discounts. */
    private static final class Taxes {
        private final Basket basket;
        private final TaxPolicy policy;
        private final long[] net;
        private final long shippingNet;
        final long[] perLine;
        final List<TaxLine> lines = new ArrayList<>();
        final List<String> notes = new ArrayList<>();
        long total;
        long includedRemoved;

        Taxes(Basket basket, TaxPolicy policy, long[] discount, long[] gross, long shippingNet) {
            this.basket = basket;
            this.policy = policy;
            this.net = IntStream.range(0, gross.length).mapToLong(i -> gross[i] - discount[i]).toArray();
            this.shippingNet = shippingNet;
            this.perLine = new long[gross.length];
        }

        Taxes compute() {
            var items = basket.items();
            var buyer = basket.buyer();
            var day = LocalDate.ofInstant(basket.at(), ZoneOffset.UTC);
            boolean exempt = buyer.exemption() != null && buyer.exemption().validOn(day);
            boolean reverseCharge = buyer.business() && buyer.vatCountry() != null
                    && !buyer.vatCountry().equals(policy.sellerCountry())
                    && policy.reverseChargeCountries().contains(buyer.vatCountry())
                    && policy.reverseChargeCountries().contains(policy.sellerCountry());
            var applicable = policy.rules().stream().filter(rule -> rule.jurisdiction().covers(basket.shipTo())).toList();
            boolean inclusive = policy.mode() == PriceMode.TAX_INCLUSIVE;
            var mode = policy.rounding().mode();
            long wouldBe = 0;
            for (var rule : applicable) {
                // every rule on the same category shares the base; included taxes are taken out of it together
                var together = applicable.stream().filter(other -> other.category() == rule.category())
                        .map(TaxRule::rate).reduce(BigDecimal.ZERO, BigDecimal::add);
                var divisor = inclusive ? BigDecimal.ONE.add(together) : BigDecimal.ONE;
                var exact = new BigDecimal[items.size()];
                BigDecimal exactShipping = BigDecimal.ZERO;
                BigDecimal taxable = BigDecimal.ZERO;
                boolean any = false;
                for (int i = 0; i < items.size(); i++) {
                    exact[i] = BigDecimal.ZERO;
                    if (items.get(i).taxCategory() == rule.category()) {
                        var base = BigDecimal.valueOf(net[i]).divide(divisor, EXACT);
                        exact[i] = base.multiply(rule.rate());
                        taxable = taxable.add(base);
                        any = true;
                    }
                }
                if (rule.taxesShipping() && rule.category() == TaxCategory.STANDARD && shippingNet > 0) {
                    var base = BigDecimal.valueOf(shippingNet).divide(divisor, EXACT);
                    exactShipping = base.multiply(rule.rate());
                    taxable = taxable.add(base);
                    any = true;
                }
                if (!any) {
                    continue;
                }
                long[] lineTax = new long[items.size()];
                long ruleTax;
                if (policy.rounding().level() == Rounding.Level.PER_LINE) {
                    ruleTax = round(exactShipping, mode);
                    for (int i = 0; i < items.size(); i++) {
                        lineTax[i] = round(exact[i], mode);
                        ruleTax += lineTax[i];
                    }
                } else {
                    var sum = exactShipping;
                    for (var each : exact) {
                        sum = sum.add(each);
                    }
                    ruleTax = round(sum, mode);
                    // the lines' share of the rounded tax, by their exact tax (shipping keeps the rest)
                    long linesPart = ruleTax - round(exactShipping, mode);
                    lineTax = spread(Math.max(0, linesPart), IntStream.range(0, exact.length)
                            .mapToLong(i -> exact[i].movePointRight(6).setScale(0, RoundingMode.HALF_EVEN).longValueExact()).toArray());
                }
                if (exempt || reverseCharge) {
                    wouldBe += ruleTax;
                    continue;
                }
                for (int i = 0; i < items.size(); i++) {
                    perLine[i] += lineTax[i];
                }
                total += ruleTax;
                lines.add(new TaxLine(rule.jurisdiction().name(), rule.category(), rule.rate(),
                        new Money(round(taxable, mode), basket.currency()), new Money(ruleTax, basket.currency())));
            }
            if (exempt) {
                notes.add("tax exempt: certificate " + buyer.exemption().certificate() + " valid until " + buyer.exemption().validTo());
            } else if (reverseCharge) {
                notes.add("reverse charge: VAT is accounted for by the buyer (VAT registration in " + buyer.vatCountry() + ")");
            }
            if ((exempt || reverseCharge) && inclusive) {
                includedRemoved = wouldBe;
            }
            return this;
        }
    }
}
