package io.orderservice.pricing.domain;

import io.orderservice.shared.Money;
import io.orderservice.shared.Sku;
import java.math.BigDecimal;
import java.util.List;

/**
 * A priced basket, explainable to the last minor unit: each line with its discount and tax, each applied
 * promotion with what it took from which lines, each tax line with its jurisdiction, rate, taxable amount and
 * tax. Totals: {@code grandTotal = subtotal − discount + shipping − shippingDiscount + tax − includedTaxRemoved}
 * when prices exclude tax, and without {@code + tax} when they include it ({@code taxIncluded}): then the tax is
 * part of those amounts, and a buyer who owes none (exempt, reverse charge) has the tax the prices include
 * taken off ({@code includedTaxRemoved}). The tax is the sum of the tax lines; the discount the sum of the
 * lines' discounts; the lines' taxes and the shipping's make the tax.
 */
public record PriceBreakdown(List<Line> lines, List<AppliedPromotion> promotions, List<TaxLine> taxLines, Money subtotal,
                             Money discount, Money shipping, Money shippingDiscount, Money tax, boolean taxIncluded,
                             Money includedTaxRemoved, Money grandTotal, List<String> notes) {

    /** One item: its gross price, what promotions took off it, and the tax on the rest. */
    public record Line(Sku sku, Money gross, Money discount, Money tax) {
        public Money net() {
            return gross.minus(discount);
        }
    }

    /** What one promotion took off, line by line (and off shipping). */
    public record AppliedPromotion(String promotionId, String code, List<Taken> fromLines, Money fromShipping) {
        public Money total() {
            return fromLines.stream().map(Taken::amount).reduce(fromShipping, Money::plus);
        }
    }

    public record Taken(Sku sku, Money amount) {
    }

    /** One tax of one jurisdiction: the amount it taxed (shipping included where the rule says) and the tax. */
    public record TaxLine(String jurisdiction, TaxCategory category, BigDecimal rate, Money taxable, Money tax) {
    }

    public PriceBreakdown {
        lines = List.copyOf(lines);
        promotions = List.copyOf(promotions);
        taxLines = List.copyOf(taxLines);
        notes = List.copyOf(notes);
    }
}
