package io.orderservice.inventory.domain;

import static io.orderservice.shared.PropertyFalsification.assertFalsified;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.orderservice.inventory.domain.StockLocation.Kind;
import io.orderservice.shared.Sku;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Whatever the demand, the stock and the destination: every unit is accounted for, no location gives more than it has,
 * one warehouse ships everything when one can (the nearest of them), and suppliers ship only what warehouses lack.
 */
class AllocationProperties {

    private static final List<Sku> SKUS = List.of(new Sku("A"), new Sku("B"), new Sku("C"), new Sku("D"));
    private static final List<StockLocation> LOCATIONS = List.of(
            new StockLocation("W1", Kind.WAREHOUSE, new GeoPoint(52.5, 13.4)),
            new StockLocation("W2", Kind.WAREHOUSE, new GeoPoint(51.4, 6.2)),
            new StockLocation("W3", Kind.WAREHOUSE, new GeoPoint(48.1, 11.6)),
            new StockLocation("S1", Kind.SUPPLIER, new GeoPoint(51.3, 12.4)));

    private static final AllocationStrategy STRATEGY = new FewestShipmentsThenNearest();

    record Case(List<Demand> demand, Map<String, Map<Sku, Integer>> stock, GeoPoint destination) {
    }

    @Test
    void everyUnitIsAllocatedBackorderedOrShortAndNoLocationGivesMoreThanItHas() {
        everyUnitIsAllocatedBackorderedOrShortAndNoLocationGivesMoreThanItHas(STRATEGY);
    }

    @Test
    void aStrategyThatReadsOneUnitTooManyIsCaught() {
        assertFalsified(() -> everyUnitIsAllocatedBackorderedOrShortAndNoLocationGivesMoreThanItHas(
                (demand, locations, available, destination) -> STRATEGY.allocate(demand, locations, plus(available, "W1", 1),
                        destination)));
    }

    static void everyUnitIsAllocatedBackorderedOrShortAndNoLocationGivesMoreThanItHas(AllocationStrategy strategy) {
        qt().withExamples(1000).forAll(CASES).checkAssert(input -> {
            var allocation = strategy.allocate(input.demand(), LOCATIONS, input.stock(), input.destination());

            for (var group : allocation.groups()) {
                for (var units : group.lines()) {
                    assertThat(units.quantity()).isLessThanOrEqualTo(input.stock().get(group.location().code()).get(units.sku()));
                }
            }
            for (var demand : input.demand()) {
                var sku = demand.sku();
                var missing = allocation.shortages().stream().filter(s -> s.sku().equals(sku))
                        .mapToInt(s -> s.requested() - s.available()).sum();
                assertThat(allocation.allocated(sku) + allocation.backordered(sku) + missing).isEqualTo(demand.quantity());
                if (!demand.backorderable()) {
                    assertThat(allocation.backordered(sku)).isZero();
                } else {
                    assertThat(missing).isZero();
                }
            }
            assertThat(allocation.groups()).extracting(group -> group.location().code()).doesNotHaveDuplicates();
        });
    }

    @Test
    void aWarehouseThatCanShipEverythingShipsItAloneAndItIsTheNearestThatCan() {
        aWarehouseThatCanShipEverythingShipsItAloneAndItIsTheNearestThatCan(STRATEGY);
    }

    @Test
    void aStrategyThatMeasuresFromTheWrongPlaceIsCaught() {
        assertFalsified(() -> aWarehouseThatCanShipEverythingShipsItAloneAndItIsTheNearestThatCan(
                (demand, locations, available, destination) -> STRATEGY.allocate(demand, locations, available,
                        new GeoPoint(52.5, 13.4))));
    }

    static void aWarehouseThatCanShipEverythingShipsItAloneAndItIsTheNearestThatCan(AllocationStrategy strategy) {
        qt().withExamples(1000).forAll(CASES).checkAssert(input -> {
            var whole = LOCATIONS.stream().filter(location -> location.kind() == Kind.WAREHOUSE)
                    .filter(location -> input.demand().stream().allMatch(demand ->
                            input.stock().get(location.code()).getOrDefault(demand.sku(), 0) >= demand.quantity()))
                    .toList();
            var allocation = strategy.allocate(input.demand(), LOCATIONS, input.stock(), input.destination());

            if (!whole.isEmpty()) {
                var nearest = whole.stream().mapToDouble(location -> location.point().kilometresTo(input.destination())).min().orElseThrow();
                assertThat(allocation.groups()).singleElement().satisfies(group -> {
                    assertThat(whole).contains(group.location());
                    assertThat(group.location().point().kilometresTo(input.destination())).isEqualTo(nearest);
                });
            }
        });
    }

    @Test
    void aSupplierShipsOnlyWhatNoWarehouseHadLeft() {
        aSupplierShipsOnlyWhatNoWarehouseHadLeft(STRATEGY);
    }

    @Test
    void aStrategyThatOverlooksAWarehouseIsCaught() {
        assertFalsified(() -> aSupplierShipsOnlyWhatNoWarehouseHadLeft((demand, locations, available, destination) ->
                STRATEGY.allocate(demand, locations.stream().filter(location -> !location.code().equals("W3")).toList(),
                        available, destination)));
    }

    static void aSupplierShipsOnlyWhatNoWarehouseHadLeft(AllocationStrategy strategy) {
        qt().withExamples(1000).forAll(CASES).checkAssert(input -> {
            var allocation = strategy.allocate(input.demand(), LOCATIONS, input.stock(), input.destination());

            for (var group : allocation.groups()) {
                if (group.location().kind() != Kind.SUPPLIER) {
                    continue;
                }
                for (var units : group.lines()) {
                    int inWarehouses = LOCATIONS.stream().filter(location -> location.kind() == Kind.WAREHOUSE)
                            .mapToInt(location -> input.stock().get(location.code()).getOrDefault(units.sku(), 0)).sum();
                    int fromWarehouses = allocation.groups().stream().filter(g -> g.location().kind() == Kind.WAREHOUSE)
                            .flatMap(g -> g.lines().stream()).filter(u -> u.sku().equals(units.sku())).mapToInt(u -> u.quantity()).sum();
                    assertThat(fromWarehouses).isEqualTo(inWarehouses);
                }
            }
        });
    }

    /** The same stock with {@code extra} more of every SKU at one location. */
    private static Map<String, Map<Sku, Integer>> plus(Map<String, Map<Sku, Integer>> available, String location, int extra) {
        var more = new HashMap<>(available);
        var bySku = new HashMap<Sku, Integer>();
        available.get(location).forEach((sku, units) -> bySku.put(sku, units + extra));
        more.put(location, bySku);
        return more;
    }

    /** One to four distinct SKUs demanded; 0–10 units of every SKU at every location; a destination in Europe. */
    private static final Gen<Case> CASES = lists().of(arbitrary().pick(SKUS)
                    .zip(integers().between(1, 8), booleans().all(), Demand::new))
            .ofSizeBetween(1, 4)
            .map(demands -> demands.stream().collect(Collectors.toMap(Demand::sku, demand -> demand,
                    (first, later) -> first, LinkedHashMap::new)).values().stream().toList())
            .zip(lists().of(integers().between(0, 10)).ofSize(LOCATIONS.size() * SKUS.size()).map(levels -> {
                var byLocation = new HashMap<String, Map<Sku, Integer>>();
                for (int l = 0; l < LOCATIONS.size(); l++) {
                    var bySku = new HashMap<Sku, Integer>();
                    for (int s = 0; s < SKUS.size(); s++) {
                        bySku.put(SKUS.get(s), levels.get(l * SKUS.size() + s));
                    }
                    byLocation.put(LOCATIONS.get(l).code(), bySku);
                }
                return (Map<String, Map<Sku, Integer>>) byLocation;
            }), doubles().between(36, 60).zip(doubles().between(-8, 24), GeoPoint::new), Case::new);
}
