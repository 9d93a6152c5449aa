package io.orderservice.inventory.application.port.in;

import io.orderservice.shared.Caller;
import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.RequestKey;
import io.orderservice.shared.Sku;
import java.util.List;
import java.util.Objects;
import org.springframework.modulith.NamedInterface;

/**
 * Books restocks in — goods received at a warehouse, a supplier's new availability: units added to what is on hand,
 * all or nothing. What arrives goes to the SKU's waiting backorders first, first come first served, and only what
 * they leave is for sale. A named interface: returns books restockable units in through it.
 */
@NamedInterface("stock-receipts")
public interface ReceiveStockUseCase {

    /**
     * Returns the received SKUs' stock at every location afterwards.
     *
     * @param by         who books them in: a warehouse whose token names locations books in only there
     * @param requestKey the request's Idempotency-Key, when it sent one: a retry of it books the units in once; null
     *                   for receipts deduplicated otherwise (a stock feed's messages)
     * @throws io.orderservice.shared.AccessRefusedException when a receipt is at a location {@code by} does not act for
     */
    List<StockLevel> receive(List<StockReceipt> receipts, Caller by, RequestKey requestKey);

    record StockReceipt(String location, Sku sku, int units) {
        public StockReceipt {
            Objects.requireNonNull(sku, "sku");
            if (location == null || location.isBlank()) {
                throw new InvalidValueException("a stock receipt names its location");
            }
            if (units < 1) {
                throw new InvalidValueException("a stock receipt is for at least one unit, not " + units);
            }
        }
    }
}
