package io.orderservice.pricing.domain;

import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.Money;
import io.orderservice.shared.Sku;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A rule that takes money off: what it gives ({@link Benefit}), on which items (all, or those of some SKUs or
 * categories), when (a validity window), for whom (customer segments; none = everyone), from which amount of
 * targeted goods, with a code or automatically. Promotions apply by priority (higher first); an exclusive one
 * applies only alone — the first that qualifies, if no stackable one applied before it — and stops the others.
 *
 * @param code           the code a customer enters, or null for an automatic promotion
 * @param minimumGoods   the targeted goods' total from which it applies, or null
 * @param validFrom      inclusive, or null; {@code validUntil} exclusive, or null
 */
public record Promotion(String id, String code, Benefit benefit, Set<Sku> skus, Set<String> categories, Set<String> segments,
                        Money minimumGoods, Instant validFrom, Instant validUntil, boolean exclusive, int priority) {

    /** What a promotion gives. */
    public sealed interface Benefit permits PercentOff, AmountOff, BuyGetFree, FreeShipping {
        Kind kind();
    }

    /** The kinds of benefit, by name (as stored and shown). */
    public enum Kind { PERCENT_OFF, AMOUNT_OFF, BUY_GET_FREE, FREE_SHIPPING }

    /** A share of the targeted goods' price, e.g. 0.10 for 10 %. */
    public record PercentOff(BigDecimal fraction) implements Benefit {
        @Override
        public Kind kind() {
            return Kind.PERCENT_OFF;
        }

        public PercentOff {
            if (fraction == null || fraction.signum() <= 0 || fraction.compareTo(BigDecimal.ONE) > 0) {
                throw new InvalidValueException("a percentage off is a fraction above 0 and at most 1");
            }
        }
    }

    /** An amount off the targeted goods together, spread over them by price (never more than they cost). */
    public record AmountOff(Money amount) implements Benefit {
        @Override
        public Kind kind() {
            return Kind.AMOUNT_OFF;
        }

        public AmountOff {
            if (amount == null || amount.isNegative() || amount.isZero()) {
                throw new InvalidValueException("an amount off is positive");
            }
        }
    }

    /** Of every {@code buy + free} targeted units, the {@code free} cheapest cost nothing (buy 2, get 1 free). */
    public record BuyGetFree(int buy, int free) implements Benefit {
        @Override
        public Kind kind() {
            return Kind.BUY_GET_FREE;
        }

        public BuyGetFree {
            if (buy < 1 || free < 1) {
                throw new InvalidValueException("buy at least one, get at least one");
            }
        }
    }

    /** The shipping charge is waived. */
    public record FreeShipping() implements Benefit {
        @Override
        public Kind kind() {
            return Kind.FREE_SHIPPING;
        }
    }

    public Promotion {
        if (id == null || id.isBlank()) {
            throw new InvalidValueException("a promotion has an id");
        }
        Objects.requireNonNull(benefit, "benefit");
        code = code == null ? null : code.trim().toUpperCase(Locale.ROOT);
        skus = skus == null ? Set.of() : Set.copyOf(skus);
        categories = categories == null ? Set.of() : Set.copyOf(categories);
        segments = segments == null ? Set.of() : Set.copyOf(segments);
        if (validFrom != null && validUntil != null && !validUntil.isAfter(validFrom)) {
            throw new InvalidValueException("promotion " + id + " ends before it starts");
        }
        if (benefit instanceof AmountOff amountOff && minimumGoods != null
                && !amountOff.amount().currency().equals(minimumGoods.currency())) {
            throw new InvalidValueException("promotion " + id + " has its amounts in one currency");
        }
    }

    /**
     * The promotion as it applied to an order, for a return's recount of the goods the customer kept: its benefit,
     * targets, minimum and precedence, with no code, validity window or segment left to check (they held when it
     * applied, whatever became of them since).
     */
    public Promotion asApplied() {
        return new Promotion(id, null, benefit, skus, categories, Set.of(), minimumGoods, null, null, exclusive, priority);
    }

    /** Whether it targets the item: every item when it names no SKUs or categories. */
    public boolean targets(BasketItem item) {
        if (skus.isEmpty() && categories.isEmpty()) {
            return true;
        }
        return skus.contains(item.sku()) || item.categories().stream().anyMatch(categories::contains);
    }

    /**
     * Whether it may apply to the basket at all: in its window, for this buyer, automatic or its code entered,
     * and its amounts (an amount off, a minimum) in the basket's currency.
     */
    public boolean offeredFor(Basket basket) {
        if (minimumGoods != null && !minimumGoods.currency().equals(basket.currency())) {
            return false;
        }
        if (benefit instanceof AmountOff amountOff && !amountOff.amount().currency().equals(basket.currency())) {
            return false;
        }
        if (validFrom != null && basket.at().isBefore(validFrom)) {
            return false;
        }
        if (validUntil != null && !basket.at().isBefore(validUntil)) {
            return false;
        }
        if (!segments.isEmpty() && basket.buyer().segments().stream().noneMatch(segments::contains)) {
            return false;
        }
        return code == null || basket.promoCodes().contains(code);
    }
}
