package io.orderservice.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderservice.inventory.domain.StockLocation.Kind;
import io.orderservice.shared.Sku;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class AllocationProperties {

    private static final List<Sku> SKUS = List.of(new Sku("A"), new Sku("B"), new Sku("C"), new Sku("D"));
    private static final List<StockLocation> LOCATIONS = List.of(
            new StockLocation("W1", Kind.WAREHOUSE, new GeoPoint(52.5, 13.4)),
            new StockLocation("W2", Kind.WAREHOUSE, new GeoPoint(51.4, 6.2)),
            new StockLocation("W3", Kind.WAREHOUSE, new GeoPoint(48.1, 11.6)),
            new StockLocation("S1", Kind.SUPPLIER, new GeoPoint(51.3, 12.4)));

    private final AllocationStrategy strategy = new FewestShipmentsThenNearest();

    record Case(List<Demand> demand, Map<String, Map<Sku, Integer>> stock, GeoPoint destination) {
    }

    @Property
    void everyUnitIsAllocatedBackorderedOrShortAndNoLocationGivesMoreThanItHas(@ForAll("cases") Case input) {
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
    }

    @Property
    void aWarehouseThatCanShipEverythingShipsItAloneAndItIsTheNearestThatCan(@ForAll("cases") Case input) {
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
    }

    @Property
    void aSupplierShipsOnlyWhatNoWarehouseHadLeft(@ForAll("cases") Case input) {
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
    }

    @Provide
    Arbitrary<Case> cases() {
        var demand = Combinators.combine(Arbitraries.of(SKUS), Arbitraries.integers().between(1, 8), Arbitraries.of(true, false))
                .as(Demand::new).list().ofMinSize(1).ofMaxSize(4).uniqueElements(Demand::sku);
        var level = Arbitraries.integers().between(0, 10);
        var stock = level.list().ofSize(LOCATIONS.size() * SKUS.size()).map(levels -> {
            var byLocation = new HashMap<String, Map<Sku, Integer>>();
            for (int l = 0; l < LOCATIONS.size(); l++) {
                var bySku = new HashMap<Sku, Integer>();
                for (int s = 0; s < SKUS.size(); s++) {
                    bySku.put(SKUS.get(s), levels.get(l * SKUS.size() + s));
                }
                byLocation.put(LOCATIONS.get(l).code(), bySku);
            }
            return (Map<String, Map<Sku, Integer>>) byLocation;
        });
        var destination = Combinators.combine(Arbitraries.doubles().between(36, 60), Arbitraries.doubles().between(-8, 24))
                .as(GeoPoint::new);
        return Combinators.combine(demand, stock, destination).as(Case::new);
    }
}
