package io.orderservice.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderservice.inventory.domain.Allocation.Shortage;
import io.orderservice.inventory.domain.Allocation.Units;
import io.orderservice.inventory.domain.StockLocation.Kind;
import io.orderservice.shared.Sku;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AllocationTest {

    static final StockLocation BERLIN = new StockLocation("BER", Kind.WAREHOUSE, new GeoPoint(52.52, 13.40));
    static final StockLocation VENLO = new StockLocation("VEN", Kind.WAREHOUSE, new GeoPoint(51.37, 6.17));
    static final StockLocation PRINTS = new StockLocation("SUP-PRINTS", Kind.SUPPLIER, new GeoPoint(51.34, 12.37));
    static final GeoPoint AMSTERDAM = new GeoPoint(52.37, 4.90);
    static final GeoPoint MUNICH = new GeoPoint(48.14, 11.58);
    static final Sku TEE = new Sku("TEE"), MUG = new Sku("MUG"), POSTER = new Sku("POSTER");

    private final AllocationStrategy strategy = new FewestShipmentsThenNearest();

    @Test
    void aWarehouseThatHoldsEverythingShipsEverythingAndTheNearestOfThemIsChosen() {
        var stock = Map.of("BER", Map.of(TEE, 5, MUG, 5), "VEN", Map.of(TEE, 5, MUG, 5));

        var toAmsterdam = strategy.allocate(List.of(demand(TEE, 2), demand(MUG, 1)), List.of(BERLIN, VENLO), stock, AMSTERDAM);
        var toMunich = strategy.allocate(List.of(demand(TEE, 2), demand(MUG, 1)), List.of(BERLIN, VENLO), stock, MUNICH);

        assertThat(toAmsterdam.groups()).singleElement().satisfies(group -> assertThat(group.location()).isEqualTo(VENLO));
        assertThat(toMunich.groups()).singleElement().satisfies(group -> assertThat(group.location()).isEqualTo(BERLIN));
    }

    @Test
    void linesStockedInDifferentPlacesSplitAcrossTwoWarehousesAndASupplierRatherThanFail() {
        var stock = Map.of("BER", Map.of(TEE, 3), "VEN", Map.of(MUG, 10, TEE, 1), "SUP-PRINTS", Map.of(POSTER, 100));

        var allocation = strategy.allocate(List.of(demand(TEE, 3), demand(MUG, 2), demand(POSTER, 1)),
                List.of(PRINTS, VENLO, BERLIN), stock, MUNICH);

        assertThat(allocation.refused()).isFalse();
        assertThat(allocation.groups()).extracting(group -> group.location().code()).containsExactly("BER", "VEN", "SUP-PRINTS");
        assertThat(allocation.groups().get(0).lines()).containsExactly(new Units(TEE, 3));
        assertThat(allocation.groups().get(1).lines()).containsExactly(new Units(MUG, 2));
        assertThat(allocation.groups().get(2).lines()).containsExactly(new Units(POSTER, 1));
    }

    @Test
    void aSkuShortEverywhereIsBackorderedWhenAllowedAndRefusedOtherwise() {
        var stock = Map.of("BER", Map.of(TEE, 2, MUG, 1));

        var backorder = strategy.allocate(List.of(new Demand(TEE, 5, true), demand(MUG, 1)), List.of(BERLIN), stock, MUNICH);
        assertThat(backorder.refused()).isFalse();
        assertThat(backorder.allocated(TEE)).isEqualTo(2);
        assertThat(backorder.backordered()).containsExactly(new Units(TEE, 3));

        var shortage = strategy.allocate(List.of(demand(TEE, 5), demand(MUG, 1)), List.of(BERLIN), stock, MUNICH);
        assertThat(shortage.refused()).isTrue();
        assertThat(shortage.shortages()).containsExactly(new Shortage(TEE, 5, 2));
    }

    @Test
    void aSkuNoWarehouseHasEnoughOfIsTakenFromSeveralBeforeASupplier() {
        var stock = Map.of("BER", Map.of(TEE, 2), "VEN", Map.of(TEE, 2), "SUP-PRINTS", Map.of(TEE, 10));

        var allocation = strategy.allocate(List.of(demand(TEE, 5)), List.of(BERLIN, VENLO, PRINTS), stock, MUNICH);

        assertThat(allocation.groups()).extracting(group -> group.location().code() + ":" + group.lines().get(0).quantity())
                .containsExactly("BER:2", "VEN:2", "SUP-PRINTS:1");
    }

    private static Demand demand(Sku sku, int quantity) {
        return new Demand(sku, quantity, false);
    }
}
