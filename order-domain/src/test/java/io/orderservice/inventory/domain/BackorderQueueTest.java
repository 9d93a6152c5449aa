package io.orderservice.inventory.domain;

import static io.orderservice.shared.PropertyFalsification.assertFalsified;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.orderservice.inventory.domain.BackorderQueue.Waiting;
import io.orderservice.inventory.domain.event.BackorderFilled;
import io.orderservice.inventory.domain.event.RestockPostponed;
import io.orderservice.shared.OrderId;
import io.orderservice.shared.Sku;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** A SKU's backorders are served first come, first served, and the queue records what their orders are told. */
class BackorderQueueTest {

    private static final Sku MUG = new Sku("MUG-CLASSIC");
    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    @Test
    void theOldestTakesWhatItStillWantsBeforeTheNextGetsAnyAndOnlyAFullBackorderIsTold() {
        var first = new Waiting(1, OrderId.newId(), 5, 3);
        var second = new Waiting(2, OrderId.newId(), 4, 4);
        var third = new Waiting(3, OrderId.newId(), 1, 1);

        var served = new BackorderQueue(MUG, List.of(first, second, third)).serve(5, NOW);

        assertThat(served.fills()).containsExactly(new BackorderQueue.Fill(first, 3), new BackorderQueue.Fill(second, 2));
        assertThat(served.given()).isEqualTo(5);
        assertThat(served.filled()).containsExactly(new BackorderFilled(first.orderId(), MUG, 5, NOW));
    }

    @Test
    void nothingAvailableServesNobody() {
        var served = new BackorderQueue(MUG, List.of(new Waiting(1, OrderId.newId(), 2, 2))).serve(0, NOW);

        assertThat(served.fills()).isEmpty();
        assertThat(served.filled()).isEmpty();
    }

    @Test
    void aRestockExpectedLaterIsToldToEveryWaitingOrderAndAnEarlierOneToNobody() {
        var waiting = new Waiting(1, OrderId.newId(), 3, 2);
        var queue = new BackorderQueue(MUG, List.of(waiting));
        var dec10 = new StockItem(MUG, true, LocalDate.parse("2026-12-10"));
        var dec20 = new StockItem(MUG, true, LocalDate.parse("2026-12-20"));

        assertThat(queue.restockMoved(dec10, dec20, NOW)).containsExactly(new RestockPostponed(waiting.orderId(), MUG, 2,
                LocalDate.parse("2026-12-10"), LocalDate.parse("2026-12-20"), NOW));
        assertThat(queue.restockMoved(dec20, dec10, NOW)).isEmpty();
        assertThat(queue.restockMoved(StockItem.fromStockOnly(MUG), dec20, NOW)).as("nobody was told a date").isEmpty();
    }

    @Test
    void noBackorderIsServedWhileAnOlderOneStillWaitsAndNoUnitIsGivenTwice() {
        noBackorderIsServedWhileAnOlderOneStillWaitsAndNoUnitIsGivenTwice((queue, available) -> queue.serve(available, NOW));
    }

    @Test
    void aQueueThatServesTheNewestFirstIsCaught() {
        assertFalsified(() -> noBackorderIsServedWhileAnOlderOneStillWaitsAndNoUnitIsGivenTwice((queue, available) -> {
            var reversed = new ArrayList<>(queue.oldestFirst());
            Collections.reverse(reversed);
            return new BackorderQueue(MUG, reversed).serve(available, NOW);
        }));
    }

    static void noBackorderIsServedWhileAnOlderOneStillWaitsAndNoUnitIsGivenTwice(
            BiFunction<BackorderQueue, Integer, BackorderQueue.Served> serving) {
        qt().withExamples(1000).forAll(QUEUES, integers().between(0, 60)).checkAssert((queue, available) -> {
            var served = serving.apply(queue, available);
            int wanted = queue.oldestFirst().stream().mapToInt(Waiting::waiting).sum();
            assertThat(served.given()).isEqualTo(Math.min(available, wanted));
            var fills = served.fills();
            for (int i = 0; i < fills.size(); i++) {
                var fill = fills.get(i);
                assertThat(fill.units()).isBetween(1, fill.backorder().waiting());
                assertThat(fill.backorder()).as("served in the queue's order").isEqualTo(queue.oldestFirst().get(i));
                if (i < fills.size() - 1) {
                    assertThat(fill.units()).as("a later one is served only once this one is full")
                            .isEqualTo(fill.backorder().waiting());
                }
            }
            assertThat(served.filled()).hasSize((int) fills.stream().filter(fill -> fill.units() == fill.backorder().waiting())
                    .count());
        });
    }

    private static final Gen<BackorderQueue> QUEUES = lists().of(integers().between(1, 10)).ofSizeBetween(0, 8)
            .map(sizes -> {
                var waiting = new ArrayList<Waiting>();
                for (int i = 0; i < sizes.size(); i++) {
                    waiting.add(new Waiting(i + 1, OrderId.newId(), sizes.get(i) + 2, sizes.get(i)));
                }
                return new BackorderQueue(MUG, waiting);
            });
}
