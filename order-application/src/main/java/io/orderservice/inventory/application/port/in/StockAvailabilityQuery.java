package io.orderservice.inventory.application.port.in;

import io.orderservice.shared.Sku;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import org.springframework.modulith.NamedInterface;

/**
 * How much of some SKUs there is to sell, across every stock location, and whether more may be ordered than there is.
 * Holds nothing: a cart shows it; only placing an order reserves. A named interface: the cart asks it.
 */
@NamedInterface("availability")
public interface StockAvailabilityQuery {

    /** Every SKU asked for, by SKU; a SKU inventory does not know has nothing to sell and is sold from stock only. */
    Map<Sku, Sellable> sellable(Collection<Sku> skus);

    /**
     * @param units           on hand and not reserved, summed over the stock locations
     * @param backorderable   whether orders may take more and wait for a restock
     * @param restockExpected when the next restock is expected, if anybody knows
     */
    @NamedInterface("availability")
    record Sellable(int units, boolean backorderable, LocalDate restockExpected) {
    }
}
