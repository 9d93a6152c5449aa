package io.orderservice.inventory.kit;

import static io.orderservice.shared.kit.BrokenAdapters.assertKitFails;

import io.orderservice.inventory.domain.Allocation;
import io.orderservice.inventory.domain.AllocationStrategy;
import io.orderservice.inventory.domain.FewestShipmentsThenNearest;
import io.orderservice.inventory.domain.StockLocation.Kind;
import io.orderservice.shared.Sku;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The allocation kit fails strategies broken the way they break, each the default strategy with one mistake. */
class ContractKitCatchesBrokenStrategiesTest {

    private static final AllocationStrategy DEFAULT = new FewestShipmentsThenNearest();

    @Test
    void aStrategyThatReadsOneUnitTooManyFailsTheKit() {
        assertKitFails(ReadsOneUnitTooMany.class, 1, "everyUnitIsAllocatedBackorderedOrShortAndNoLocationGivesMoreThanItHas");
    }

    @Test
    void aStrategyThatOverlooksTheDropShipSupplierFailsTheKit() {
        assertKitFails(OverlooksTheSupplier.class, 1, "aShortageOnlyWhereAllLocationsTogetherLackTheUnits");
    }

    @Test
    void aStrategyWhoseGroupsComeInAnotherOrderEachTimeFailsTheKit() {
        assertKitFails(GroupsInAnotherOrderEachTime.class, 1, "theSameOrderAndStockAllocateTheSame");
    }

    /** Counts a unit at W1 that is not there (it reads the stock before a reservation's units are taken off). */
    static class ReadsOneUnitTooMany extends AllocationStrategyContract {
        @Override
        protected AllocationStrategy strategy() {
            return (demand, locations, available, destination) -> {
                var more = new HashMap<>(available);
                var atW1 = new HashMap<Sku, Integer>();
                available.get("W1").forEach((sku, units) -> atW1.put(sku, units + 1));
                more.put("W1", atW1);
                return DEFAULT.allocate(demand, locations, more, destination);
            };
        }
    }

    /** Allocates from warehouses only: a unit the drop-ship supplier has is reported short. */
    static class OverlooksTheSupplier extends AllocationStrategyContract {
        @Override
        protected AllocationStrategy strategy() {
            return (demand, locations, available, destination) -> DEFAULT.allocate(demand,
                    locations.stream().filter(location -> location.kind() == Kind.WAREHOUSE).toList(), available, destination);
        }
    }

    /** Hands out its groups in a different order every other time (a set's order taken for the plan). */
    static class GroupsInAnotherOrderEachTime extends AllocationStrategyContract {
        private final AtomicInteger asked = new AtomicInteger();

        @Override
        protected AllocationStrategy strategy() {
            return (demand, locations, available, destination) -> {
                var allocation = DEFAULT.allocate(demand, locations, available, destination);
                if (asked.getAndIncrement() % 2 == 0 || allocation.groups().size() < 2) {
                    return allocation;
                }
                var groups = new ArrayList<>(allocation.groups());
                Collections.reverse(groups);
                return new Allocation(groups, allocation.backordered(), allocation.shortages());
            };
        }
    }
}
