package io.orderservice.inventory.kit;

import io.orderservice.inventory.domain.AllocationStrategy;
import io.orderservice.inventory.domain.FewestShipmentsThenNearest;

/** The default allocation strategy passes the allocation kit. */
class FewestShipmentsThenNearestContractTest extends AllocationStrategyContract {

    @Override
    protected AllocationStrategy strategy() {
        return new FewestShipmentsThenNearest();
    }
}
