package io.orderservice.inventory.application.port.in;

import io.orderservice.shared.Caller;
import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.Sku;
import java.util.List;
import java.util.Objects;

/**
 * Records stock counts — a stocktake, a delivery booked in, an import from a warehouse system: the units on hand of
 * SKUs at locations, all or nothing. A count below what orders hold there is refused (those units are promised);
 * the reservations are never touched.
 */
public interface CountStockUseCase {

    /**
     * @param by who counts: a warehouse whose token names locations counts only there
     * @throws StockCountRefusedException naming every count that cannot be taken; nothing is recorded then
     * @throws io.orderservice.shared.AccessRefusedException when a count is at a location {@code by} does not act for
     */
    List<StockLevel> count(List<StockCount> counts, Caller by);

    record StockCount(String location, Sku sku, int onHand) {
        public StockCount {
            Objects.requireNonNull(sku, "sku");
            if (location == null || location.isBlank()) {
                throw new InvalidValueException("a stock count names its location");
            }
            if (onHand < 0) {
                throw new InvalidValueException("on hand is zero or more, not " + onHand);
            }
        }
    }

    class StockCountRefusedException extends RuntimeException {
        private final List<String> problems;

        public StockCountRefusedException(List<String> problems) {
            super(String.join("; ", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }
}
