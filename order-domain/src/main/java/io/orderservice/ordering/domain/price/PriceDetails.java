package io.orderservice.ordering.domain.price;

import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.Money;
import io.orderservice.shared.Sku;
import io.orderservice.ordering.domain.OrderTotals;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How an order's discount and tax were arrived at, kept with the order as it was priced: each tax by
 * jurisdiction (rate, taxable amount, tax), each promotion that applied (which lines, how much, and what it took
 * off shipping) and the pricing's notes (an exemption, a reverse charge). A later change of rules or rates never
 * alters it; a change of the order's lines prices it again.
 */
public record PriceDetails(List<TaxLine> taxLines, List<AppliedDiscount> discounts, List<String> notes) {

    public PriceDetails {
        taxLines = List.copyOf(taxLines);
        discounts = List.copyOf(discounts);
        notes = List.copyOf(notes);
    }

    /** Nothing to explain: no tax, no promotion. */
    public static PriceDetails none() {
        return new PriceDetails(List.of(), List.of(), List.of());
    }

    public boolean isEmpty() {
        return taxLines.isEmpty() && discounts.isEmpty() && notes.isEmpty();
    }

    /** One jurisdiction's tax on one tax category. */
    public record TaxLine(String jurisdiction, String category, BigDecimal rate, Money taxable, Money tax) {
        public TaxLine {
            Objects.requireNonNull(taxable, "taxable");
            Objects.requireNonNull(tax, "tax");
            if (jurisdiction == null || jurisdiction.isBlank() || category == null || category.isBlank()) {
                throw new InvalidValueException("a tax line names its jurisdiction and category");
            }
            if (rate == null || rate.signum() < 0 || taxable.isNegative() || tax.isNegative()) {
                throw new InvalidValueException("a tax line's rate, taxable amount and tax are not negative");
            }
        }
    }

    /**
     * One promotion that applied: what it took off which lines and off shipping.
     *
     * @param code the promo code the customer entered, or null for an automatic promotion
     */
    public record AppliedDiscount(String promotionId, String code, List<DiscountedLine> lines, Money fromShipping) {
        public AppliedDiscount {
            Objects.requireNonNull(fromShipping, "fromShipping");
            if (promotionId == null || promotionId.isBlank()) {
                throw new InvalidValueException("an applied discount names its promotion");
            }
            lines = List.copyOf(lines);
            if (lines.stream().anyMatch(line -> line.amount().isNegative()) || fromShipping.isNegative()) {
                throw new InvalidValueException("a discount takes off, it never adds");
            }
        }

        public Money fromLines(Currency currency) {
            return lines.stream().map(DiscountedLine::amount).reduce(Money.zero(currency), Money::plus);
        }
    }

    /** What a promotion took off one line (the order's lines have one SKU each). */
    public record DiscountedLine(Sku sku, Money amount) {
        public DiscountedLine {
            Objects.requireNonNull(sku, "sku");
            Objects.requireNonNull(amount, "amount");
        }
    }

    public Money tax(Currency currency) {
        return taxLines.stream().map(TaxLine::tax).reduce(Money.zero(currency), Money::plus);
    }

    public Money lineDiscounts(Currency currency) {
        return discounts.stream().map(discount -> discount.fromLines(currency)).reduce(Money.zero(currency), Money::plus);
    }

    public Money shippingDiscount(Currency currency) {
        return discounts.stream().map(AppliedDiscount::fromShipping).reduce(Money.zero(currency), Money::plus);
    }

    /** The promo codes the order got discounts for. */
    public Set<String> promoCodes() {
        return discounts.stream().map(AppliedDiscount::code).filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Checks the explanation against the totals it explains: the discounts make the discount, the tax lines the
     * tax, every discounted SKU is one of the order's. An empty explanation explains nothing and checks nothing.
     */
    public void requireExplains(OrderTotals totals, Set<Sku> skus) {
        if (isEmpty()) {
            return;
        }
        var currency = totals.currency();
        if (!lineDiscounts(currency).equals(totals.discount())) {
            throw new InvalidValueException("the applied discounts add up to " + lineDiscounts(currency)
                    + ", not the order's discount " + totals.discount());
        }
        if (!tax(currency).equals(totals.tax())) {
            throw new InvalidValueException("the tax lines add up to " + tax(currency) + ", not the order's tax " + totals.tax());
        }
        discounts.stream().flatMap(discount -> discount.lines().stream()).map(DiscountedLine::sku)
                .filter(sku -> !skus.contains(sku)).findFirst().ifPresent(sku -> {
                    throw new InvalidValueException("a discount names " + sku + ", which is not on the order");
                });
    }
}
