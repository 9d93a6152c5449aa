package io.orderservice.fulfilment.application.port.out;

import io.orderservice.shared.Address;
import io.orderservice.shared.OrderId;
import io.orderservice.shared.Sku;
import java.util.Map;

/**
 * A stock location cannot find units it holds for an order (a short pick): they are written off there, and what is
 * missing is split off again — held at other locations that have it, backordered if the SKU may be, and otherwise
 * unavailable. In the caller's transaction.
 */
public interface ShortPicks {

    /**
     * @throws io.orderservice.shared.InvalidValueException when the location holds fewer unshipped units of the SKU
     *                                                       for the order; nothing changes then
     */
    ShortPickOutcome resolve(OrderId orderId, String location, Sku sku, int missing, Address shipTo);

    /**
     * @param reallocated units held at other locations now, by location code
     * @param backordered units that wait for a restock
     * @param unavailable units no one has and that may not be backordered
     */
    record ShortPickOutcome(Map<String, Integer> reallocated, int backordered, int unavailable) {
        public ShortPickOutcome {
            reallocated = Map.copyOf(reallocated);
        }
    }
}
