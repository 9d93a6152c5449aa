package io.orderservice.inventory.kit;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderservice.inventory.domain.Allocation;
import io.orderservice.inventory.domain.AllocationStrategy;
import io.orderservice.inventory.domain.Demand;
import io.orderservice.inventory.domain.GeoPoint;
import io.orderservice.inventory.domain.StockLocation.Kind;
import io.orderservice.inventory.domain.StockLocation;
import io.orderservice.shared.Sku;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

/**
 * What every {@link AllocationStrategy} must do, as tests over many generated orders and stock levels
 * (docs/adapters/allocation.md): every unit allocated, backordered or short, never more from a location than it has, a
 * shortage only where all locations together lack the units, one warehouse alone when one can ship everything, only the
 * locations it was given, and the same allocation for the same order and stock. The cases come from a fixed seed, so a
 * failure names a case that fails again.
 */
public abstract class AllocationStrategyContract {

    /** The strategy under test. */
    protected abstract AllocationStrategy strategy();

    /** How many generated cases each test runs. */
    protected int cases() {
        return 500;
    }

    /** An order's demand, the stock by location and SKU, where it ships. */
    public record Case(List<Demand> demand, Map<String, Map<Sku, Integer>> stock, GeoPoint destination) {
    }

    protected static final List<Sku> SKUS = List.of(new Sku("A"), new Sku("B"), new Sku("C"), new Sku("D"));
    protected static final List<StockLocation> LOCATIONS = List.of(
            new StockLocation("W1", Kind.WAREHOUSE, new GeoPoint(52.5, 13.4)),
            new StockLocation("W2", Kind.WAREHOUSE, new GeoPoint(51.4, 6.2)),
            new StockLocation("W3", Kind.WAREHOUSE, new GeoPoint(48.1, 11.6)),
            new StockLocation("S1", Kind.SUPPLIER, new GeoPoint(51.3, 12.4)));

    @Test
    void everyUnitIsAllocatedBackorderedOrShortAndNoLocationGivesMoreThanItHas() {
        forEveryCase((input, allocation) -> {
            for (var group : allocation.groups()) {
                for (var units : group.lines()) {
                    assertThat(units.quantity()).as("from %s", group.location().code())
                            .isLessThanOrEqualTo(input.stock().get(group.location().code()).getOrDefault(units.sku(), 0));
                }
            }
            for (var demand : input.demand()) {
                var sku = demand.sku();
                int missing = allocation.shortages().stream().filter(shortage -> shortage.sku().equals(sku))
                        .mapToInt(shortage -> shortage.requested() - shortage.available()).sum();
                assertThat(allocation.allocated(sku) + allocation.backordered(sku) + missing).as("units of %s", sku)
                        .isEqualTo(demand.quantity());
                assertThat(demand.backorderable() ? missing : allocation.backordered(sku))
                        .as("%s: backordered only if it may be, short only if it may not", sku).isZero();
            }
            assertThat(allocation.groups()).extracting(group -> group.location().code()).as("one group per location")
                    .doesNotHaveDuplicates();
        });
    }

    @Test
    void aShortageOnlyWhereAllLocationsTogetherLackTheUnits() {
        forEveryCase((input, allocation) -> {
            for (var shortage : allocation.shortages()) {
                int everywhere = input.stock().values().stream().mapToInt(bySku -> bySku.getOrDefault(shortage.sku(), 0)).sum();
                int wanted = input.demand().stream().filter(demand -> demand.sku().equals(shortage.sku()))
                        .mapToInt(Demand::quantity).sum();
                assertThat(everywhere).as("%s is short though the locations hold enough", shortage.sku()).isLessThan(wanted);
            }
        });
    }

    @Test
    void aWarehouseThatCanShipEverythingShipsItAlone() {
        forEveryCase((input, allocation) -> {
            boolean oneCan = LOCATIONS.stream().filter(location -> location.kind() == Kind.WAREHOUSE).anyMatch(location ->
                    input.demand().stream().allMatch(demand ->
                            input.stock().get(location.code()).getOrDefault(demand.sku(), 0) >= demand.quantity()));
            if (oneCan) {
                assertThat(allocation.groups()).as("not split without reason").singleElement()
                        .satisfies(group -> assertThat(group.location().kind()).isEqualTo(Kind.WAREHOUSE));
            }
        });
    }

    @Test
    void onlyTheLocationsItWasGivenShip() {
        forEveryCase((input, allocation) -> assertThat(allocation.groups()).allSatisfy(group ->
                assertThat(LOCATIONS).contains(group.location())));
    }

    @Test
    void theSameOrderAndStockAllocateTheSame() {
        forEveryCase((input, allocation) -> assertThat(strategy().allocate(input.demand(), LOCATIONS, input.stock(),
                input.destination())).as("a retried reservation allocates as the first").isEqualTo(allocation));
    }

    private void forEveryCase(BiConsumer<Case, Allocation> check) {
        var random = new Random(20261207L);
        for (int n = 0; n < cases(); n++) {
            var input = generated(random);
            var allocation = strategy().allocate(input.demand(), LOCATIONS, input.stock(), input.destination());
            try {
                check.accept(input, allocation);
            } catch (AssertionError failed) {
                throw new AssertionError("case " + n + ": " + input + " allocated as " + allocation + "\n" + failed.getMessage(),
                        failed);
            }
        }
    }

    /** One to four distinct SKUs demanded, 1–8 units each; 0–10 units of every SKU at every location; a destination in Europe. */
    private static Case generated(Random random) {
        var demand = new LinkedHashMap<Sku, Demand>();
        int lines = 1 + random.nextInt(4);
        for (int i = 0; i < lines; i++) {
            var sku = SKUS.get(random.nextInt(SKUS.size()));
            demand.putIfAbsent(sku, new Demand(sku, 1 + random.nextInt(8), random.nextBoolean()));
        }
        var stock = new HashMap<String, Map<Sku, Integer>>();
        for (var location : LOCATIONS) {
            var bySku = new HashMap<Sku, Integer>();
            SKUS.forEach(sku -> bySku.put(sku, random.nextInt(11)));
            stock.put(location.code(), bySku);
        }
        return new Case(new ArrayList<>(demand.values()), stock,
                new GeoPoint(36 + random.nextDouble() * 24, -8 + random.nextDouble() * 32));
    }
}
