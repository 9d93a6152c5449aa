package io.orderservice.inventory.domain;

import java.time.LocalDate;
import java.util.Objects;
import io.orderservice.shared.Sku;

/**
 * A SKU's stock policy: whether orders may take more of it than there is and wait for a restock (a backorder), and
 * when the next restock is expected.
 *
 * @param restockExpected the day the next restock is expected, or null when nobody knows
 */
public record StockItem(Sku sku, boolean backorderable, LocalDate restockExpected) {

    public StockItem {
        Objects.requireNonNull(sku, "sku");
    }

    /** A SKU nobody set a policy for: sold from stock only. */
    public static StockItem fromStockOnly(Sku sku) {
        return new StockItem(sku, false, null);
    }

    /** Whether waiting customers learn of a delay when the policy changes to {@code next}: the restock moved later. */
    public boolean postponedBy(StockItem next) {
        return restockExpected != null && next.restockExpected() != null && next.restockExpected().isAfter(restockExpected);
    }
}
