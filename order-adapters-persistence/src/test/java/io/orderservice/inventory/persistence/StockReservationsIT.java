package io.orderservice.inventory.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.orderservice.inventory.application.port.out.StockAllocations;
import io.orderservice.inventory.application.port.out.StockLedger;
import io.orderservice.inventory.domain.AllocationStrategy;
import io.orderservice.inventory.domain.FewestShipmentsThenNearest;
import io.orderservice.inventory.domain.HoldLifetime;
import io.orderservice.inventory.domain.StockItem;
import io.orderservice.ordering.application.port.out.FulfilmentPlans;
import io.orderservice.ordering.application.port.out.RequestedLine;
import io.orderservice.ordering.application.port.out.StockReservations.Allocated;
import io.orderservice.ordering.application.port.out.StockReservations.InsufficientStock;
import io.orderservice.ordering.application.port.out.StockReservations.ReservationOutcome;
import io.orderservice.ordering.application.port.out.StockReservations.Reserved;
import io.orderservice.ordering.application.port.out.StockReservations.Shortage;
import io.orderservice.ordering.application.port.out.StockReservations;
import io.orderservice.shared.Address;
import io.orderservice.shared.OrderId;
import io.orderservice.shared.Quantity;
import io.orderservice.shared.Sku;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Inventory's reservations — the allocation service over the stock ledger — against PostgreSQL: all or nothing,
 * never oversold under concurrency, split across locations where no one location holds everything.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({JdbcStockLedger.class, StockReservationsIT.InventoryApplication.class})
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class StockReservationsIT {

    /**
     * Inventory's application services (the reservation service) with the inbox they share, and the policies the
     * bootstrap ring wires (ADR 0027) as it wires them; not the listeners, which talk to ordering.
     */
    @TestConfiguration
    @ComponentScan(basePackages = {"io.orderservice.inventory.application", "io.orderservice.shared.persistence"},
            excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = "io\\.orderservice\\.inventory\\.application\\.listener\\..*"))
    static class InventoryApplication {
        @Bean
        MeterRegistry meterRegistry() {
            return new SimpleMeterRegistry();
        }

        @Bean
        AllocationStrategy allocationStrategy() {
            return new FewestShipmentsThenNearest();
        }

        @Bean
        HoldLifetime holdLifetime() {
            return new HoldLifetime(Duration.ofHours(2));
        }
    }

    private static final Address AMSTERDAM = new Address("Ada", "1 Dam", null, "Amsterdam", null, "1012 JS", "NL");
    private static final Address MUNICH = new Address("Ada", "1 Platz", null, "Munich", null, "80331", "DE");

    @Autowired
    StockReservations stock;
    @Autowired
    StockAllocations allocations;
    @Autowired
    StockLedger ledger;
    @Autowired
    FulfilmentPlans plans;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;

    @BeforeEach
    void stockUp() {
        jdbc.sql("DELETE FROM stock_reservation WHERE sku LIKE 'IT-%'").update();
        jdbc.sql("DELETE FROM stock_level WHERE sku LIKE 'IT-%'").update();
        jdbc.sql("INSERT INTO stock_level (warehouse_code, sku, on_hand) VALUES ('MAIN', 'IT-A', 5), ('MAIN', 'IT-B', 2)").update();
    }

    @Test
    void anOrderIsHeldAtTheNearestLocationThatHasEverythingAndSplitWhenNoneHas() {
        jdbc.sql("""
                INSERT INTO stock_level (warehouse_code, sku, on_hand) VALUES
                  ('WEST', 'IT-A', 5), ('WEST', 'IT-B', 2), ('SUP-PRINTS', 'IT-P', 10)""").update();

        var toAmsterdam = OrderId.newId();
        transaction.execute(status -> stock.reserve(toAmsterdam, List.of(line("IT-A", 1), line("IT-B", 1)), AMSTERDAM));
        var toMunich = OrderId.newId();
        transaction.execute(status -> stock.reserve(toMunich, List.of(line("IT-A", 1), line("IT-B", 1)), MUNICH));
        assertThat(heldAt(toAmsterdam)).containsExactly("WEST IT-A 1", "WEST IT-B 1");
        assertThat(heldAt(toMunich)).containsExactly("MAIN IT-A 1", "MAIN IT-B 1");

        var split = OrderId.newId();
        var outcome = transaction.execute(status -> stock.reserve(split, List.of(line("IT-A", 6), line("IT-P", 2)), MUNICH));
        assertThat(outcome).isInstanceOf(Reserved.class);
        assertThat(heldAt(split)).as("the nearest warehouse first, the rest from the other, prints drop-shipped")
                .containsExactly("MAIN IT-A 4", "SUP-PRINTS IT-P 2", "WEST IT-A 2");
        jdbc.sql("DELETE FROM stock_reservation WHERE sku LIKE 'IT-%'").update();
        jdbc.sql("DELETE FROM stock_level WHERE warehouse_code <> 'MAIN' AND sku LIKE 'IT-%'").update();
    }

    @Test
    void changingAnOrdersLinesAllocatesThemAfreshCountingWhatItHeld() {
        var order = OrderId.newId();
        transaction.execute(status -> stock.reserve(order, List.of(line("IT-A", 4)), MUNICH));

        var more = transaction.execute(status -> stock.adjust(order, List.of(line("IT-A", 5), line("IT-B", 1)), MUNICH));
        assertThat(more).isInstanceOf(Reserved.class);
        assertThat(heldAt(order)).containsExactly("MAIN IT-A 5", "MAIN IT-B 1");
        assertThat(available("IT-A")).isZero();

        var tooMany = transaction.execute(status -> stock.adjust(order, List.of(line("IT-A", 6)), MUNICH));
        assertThat(tooMany).isInstanceOfSatisfying(InsufficientStock.class, shortage ->
                assertThat(shortage.shortages()).containsExactly(new Shortage(new Sku("IT-A"), 6, 5)));

        transaction.execute(status -> stock.adjust(order, List.of(line("IT-B", 2)), MUNICH));
        assertThat(heldAt(order)).as("IT-A given back").containsExactly("MAIN IT-B 2");
        assertThat(available("IT-A")).isEqualTo(5);
    }

    private List<String> heldAt(OrderId order) {
        return jdbc.sql("""
                        SELECT warehouse_code || ' ' || sku || ' ' || quantity FROM stock_reservation
                        WHERE order_id = ? AND status IN ('HELD', 'ALLOCATED') ORDER BY warehouse_code, sku""")
                .param(order.value()).query(String.class).list();
    }

    @Test
    void reservingHoldsEveryLine() {
        var order = OrderId.newId();
        var outcome = transaction.execute(status -> stock.reserve(order, List.of(line("IT-A", 3), line("IT-B", 2)), MUNICH));

        assertThat(outcome).isInstanceOf(Reserved.class);
        assertThat(available("IT-A")).isEqualTo(2);
        assertThat(available("IT-B")).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM stock_reservation WHERE order_id = ? AND status = 'HELD'")
                .param(order.value()).query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void aShortLineReservesNothingAndNamesTheShortage() {
        var outcome = transaction.execute(status ->
                stock.reserve(OrderId.newId(), List.of(line("IT-A", 1), line("IT-B", 3), line("IT-NONE", 1)), MUNICH));

        assertThat(outcome).isInstanceOfSatisfying(InsufficientStock.class, insufficient ->
                assertThat(insufficient.shortages()).containsExactlyInAnyOrder(
                        new Shortage(new Sku("IT-B"), 3, 2), new Shortage(new Sku("IT-NONE"), 1, 0)));
        assertThat(available("IT-A")).isEqualTo(5);
        assertThat(available("IT-B")).isEqualTo(2);
    }

    @Test
    void linesOfTheSameSkuAreReservedTogether() {
        var order = OrderId.newId();
        var tooMuch = transaction.execute(status ->
                stock.reserve(OrderId.newId(), List.of(line("IT-B", 1), line("IT-A", 1), line("IT-B", 2)), MUNICH));
        var enough = transaction.execute(status -> stock.reserve(order, List.of(line("IT-A", 2), line("IT-A", 3)), MUNICH));

        assertThat(tooMuch).isInstanceOfSatisfying(InsufficientStock.class, insufficient ->
                assertThat(insufficient.shortages()).containsExactly(new Shortage(new Sku("IT-B"), 3, 2)));
        assertThat(enough).isInstanceOf(Reserved.class);
        assertThat(available("IT-A")).isZero();
        assertThat(available("IT-B")).isEqualTo(2);
        assertThat(jdbc.sql("SELECT quantity FROM stock_reservation WHERE order_id = ?")
                .param(order.value()).query(Integer.class).list()).containsExactly(5);
    }

    @Test
    void allocatingHeldStockIsIdempotent() {
        var order = OrderId.newId();
        transaction.execute(status -> stock.reserve(order, List.of(line("IT-A", 1), line("IT-B", 1)), MUNICH));

        var first = transaction.execute(status -> allocations.allocateHeld(order));
        var second = transaction.execute(status -> allocations.allocateHeld(order));
        assertThat(first.allocatedNow()).isEqualTo(2);
        assertThat(first.reservations()).as("what the order holds, read with the allocation")
                .isEqualTo(transaction.execute(status -> ledger.reservationsOf(order)));
        assertThat(second.allocatedNow()).isZero();
        assertThat(second.reservations()).isEmpty();
    }

    @Test
    void aConfirmationAnswersThePlanAsItIsReadAfterwardsWithItsGroupsAndBackorders() {
        jdbc.sql("DELETE FROM stock_backorder WHERE sku LIKE 'IT-%'").update();
        jdbc.sql("INSERT INTO stock_level (warehouse_code, sku, on_hand) VALUES ('SUP-PRINTS', 'IT-P', 10)").update();
        policy(new StockItem(new Sku("IT-B"), true, java.time.LocalDate.of(2031, 1, 15)));
        try {
            confirmsAndReadsThePlan();
        } finally {
            policy(StockItem.fromStockOnly(new Sku("IT-B")));
        }
    }

    private void policy(StockItem item) {
        transaction.executeWithoutResult(status -> ledger.setItem(item));
    }

    private void confirmsAndReadsThePlan() {
        var order = OrderId.newId();
        var lines = List.of(line("IT-A", 1), line("IT-B", 3), line("IT-P", 2));
        ReservationOutcome reserved = transaction.execute(status -> stock.reserve(order, lines, MUNICH));
        assertThat(reserved).isInstanceOf(Reserved.class);

        ReservationOutcome confirmed = transaction.execute(status -> stock.confirm(order, lines, MUNICH));
        ReservationOutcome again = transaction.execute(status -> stock.confirm(order, lines, MUNICH));

        var readAfterwards = transaction.execute(status -> plans.planOf(order));
        assertThat(confirmed).isEqualTo(new Allocated(readAfterwards)).isEqualTo(again);
        assertThat(readAfterwards.groups()).extracting(FulfilmentPlans.FulfilmentGroup::location).containsExactly("MAIN", "SUP-PRINTS");
        assertThat(readAfterwards.waitingUnitsOf(new Sku("IT-B"))).isEqualTo(1);
        assertThat(readAfterwards.backorders()).singleElement()
                .satisfies(backorder -> assertThat(backorder.restockExpected()).isEqualTo(java.time.LocalDate.of(2031, 1, 15)));
    }

    @Test
    void releasingGivesTheStockBackOnce() {
        var order = OrderId.newId();
        transaction.execute(status -> stock.reserve(order, List.of(line("IT-A", 2), line("IT-B", 1)), MUNICH));
        transaction.execute(status -> allocations.allocateHeld(order));

        Integer first = transaction.execute(status -> allocations.releaseFor(order));
        Integer second = transaction.execute(status -> allocations.releaseFor(order));

        assertThat(first).isEqualTo(2);
        assertThat(second).isZero();
        assertThat(available("IT-A")).isEqualTo(5);
        assertThat(available("IT-B")).isEqualTo(2);
    }

    @Test
    void concurrentOrdersNeverOversell() throws Exception {
        int buyers = 20;
        var start = new CountDownLatch(1);
        var executor = Executors.newFixedThreadPool(8);
        try {
            var results = new ArrayList<Future<Boolean>>();
            for (int i = 0; i < buyers; i++) {
                int index = i;
                Callable<Boolean> buyOne = () -> {
                    start.await();
                    // Both SKUs, in opposite orders for odd and even buyers: locking in SKU order avoids deadlocks.
                    var lines = index % 2 == 0 ? List.of(line("IT-A", 1), line("IT-B", 1)) : List.of(line("IT-B", 1), line("IT-A", 1));
                    return transaction.execute(status -> stock.reserve(OrderId.newId(), lines, MUNICH)) instanceof Reserved;
                };
                results.add(executor.submit(buyOne));
            }
            start.countDown();
            int reserved = 0;
            for (var result : results) {
                reserved += result.get() ? 1 : 0;
            }
            assertThat(reserved).isEqualTo(2);
            assertThat(available("IT-B")).isZero();
            assertThat(available("IT-A")).isEqualTo(3);
        } finally {
            executor.shutdownNow();
        }
    }

    private int available(String sku) {
        return jdbc.sql("SELECT on_hand - reserved FROM stock_level WHERE sku = ?").param(sku).query(Integer.class).single();
    }

    private static RequestedLine line(String sku, int quantity) {
        return new RequestedLine(new Sku(sku), Quantity.of(quantity));
    }
}
