package io.orderservice.cart.domain;

import io.orderservice.ordering.domain.price.ShippingOption;
import io.orderservice.shared.Money;
import io.orderservice.shared.Sku;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a cart cost when it was last priced, as its shopper was shown it: each line to buy with its price and whether it
 * can be had, the totals, the codes that gave nothing, the way it ships and the ways it could. A cart is priced after
 * every change (nothing is held or used up by that); checkout never charges more than {@link #grandTotal()} unseen.
 *
 * @param estimated whether taxes and shipping are estimated for the cart's country, no address being set yet
 * @param shippingMethod the way it ships, priced in {@code shipping}; null for a cart with nothing to buy
 */
public record CartPricing(List<PricedLine> lines, Money subtotal, Money discount, Money shipping, Money shippingDiscount,
                          Money tax, boolean taxIncluded, Money grandTotal, Set<String> unusedCodes,
                          ShippingOption shippingMethod, List<ShippingOption> shippingOptions, boolean estimated,
                          Instant pricedAt) {

    public CartPricing {
        lines = List.copyOf(lines);
        Objects.requireNonNull(grandTotal, "grandTotal");
        unusedCodes = Set.copyOf(unusedCodes);
        shippingOptions = List.copyOf(shippingOptions);
        Objects.requireNonNull(pricedAt, "pricedAt");
    }

    /** A cart with nothing to buy costs nothing. */
    public static CartPricing empty(Currency currency, Set<String> codes, boolean estimated, Instant at) {
        var zero = Money.zero(currency);
        return new CartPricing(List.of(), zero, zero, zero, zero, zero, false, zero, codes, null, List.of(), estimated, at);
    }

    /**
     * Whether {@code other} tells the shopper what this does, whenever it was priced: the same prices, totals, codes and
     * shipping, and each line as available as before (units to sell going from 40 to 39 is no news).
     */
    public boolean showsTheSameAs(CartPricing other) {
        return news().equals(other.news());
    }

    private CartPricing news() {
        var epoch = Instant.EPOCH;
        return new CartPricing(lines.stream().map(line -> new PricedLine(line.lineId(), line.sku(), line.name(), line.unitPrice(),
                line.gross(), line.discount(), line.tax(), new Availability(line.availability().stock(), 0,
                line.availability().restockExpected()))).toList(), subtotal, discount, shipping, shippingDiscount, tax,
                taxIncluded, grandTotal, unusedCodes, shippingMethod, shippingOptions, estimated, epoch);
    }

    public Optional<PricedLine> line(int lineId) {
        return lines.stream().filter(line -> line.lineId() == lineId).findFirst();
    }

    /** Whether every line to buy can be had (from stock, or as a backorder the SKU allows). */
    public boolean allAvailable() {
        return lines.stream().allMatch(line -> line.availability().stock() != Availability.Stock.UNAVAILABLE);
    }

    /**
     * A line to buy as priced.
     *
     * @param gross     unit price times quantity
     * @param discount  what promotions took from it
     * @param tax       its tax
     */
    public record PricedLine(int lineId, Sku sku, String name, Money unitPrice, Money gross, Money discount, Money tax,
                             Availability availability) {
        public PricedLine {
            Objects.requireNonNull(sku, "sku");
            Objects.requireNonNull(unitPrice, "unitPrice");
            Objects.requireNonNull(availability, "availability");
        }
    }

    /**
     * Whether a line's units can be had now, as inventory sees it (nothing is reserved for a cart).
     *
     * @param available       units to sell across the stock locations
     * @param restockExpected for a backorder, when the SKU's next restock is expected (null when nobody knows)
     */
    public record Availability(Stock stock, int available, LocalDate restockExpected) {

        public enum Stock {
            /** Enough units to sell. */
            IN_STOCK,
            /** Too few, but the SKU may be ordered and wait for a restock. */
            BACKORDERABLE,
            /** Too few, and the SKU is sold from stock only: checkout would be refused. */
            UNAVAILABLE
        }

        public Availability {
            Objects.requireNonNull(stock, "stock");
            available = Math.max(0, available);
        }

        /** {@code wanted} units, of which {@code available} are to sell, of a SKU that may or may not be backordered. */
        public static Availability of(int wanted, int available, boolean backorderable, LocalDate restockExpected) {
            if (available >= wanted) {
                return new Availability(Stock.IN_STOCK, available, null);
            }
            return backorderable ? new Availability(Stock.BACKORDERABLE, available, restockExpected)
                    : new Availability(Stock.UNAVAILABLE, available, null);
        }
    }
}
