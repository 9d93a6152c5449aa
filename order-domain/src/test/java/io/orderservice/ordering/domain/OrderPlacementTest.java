package io.orderservice.ordering.domain;

import static io.orderservice.ordering.domain.OrderFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderservice.ordering.domain.event.OrderPlaced;
import io.orderservice.ordering.domain.status.OrderStatus;
import io.orderservice.shared.CustomerId;
import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.Money;
import io.orderservice.shared.OrderId;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderPlacementTest {

    private final CustomerId customer = new CustomerId("customer-42");
    private final Money zero = Money.of(0, "EUR");

    @Test
    void aPlacedOrderTotalsItsLinesAndAwaitsPayment() {
        var order = placedOrder();

        assertThat(order.status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
        assertThat(order.totals().subtotal()).isEqualTo(Money.of(200 * 1999 + 1250, "EUR"));
        assertThat(order.totals().grandTotal()).isEqualTo(Money.of(200 * 1999 + 1250 + 495, "EUR"));
        assertThat(order.isNew()).isTrue();
    }

    @Test
    void placementIsTheFirstHistoryEntryAndRecordsOrderPlaced() {
        var order = placedOrder();

        assertThat(order.history()).singleElement().satisfies(entry -> {
            assertThat(entry.isPlacement()).isTrue();
            assertThat(entry.to()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
            assertThat(entry.by()).isEqualTo(CUSTOMER);
            assertThat(entry.at()).isEqualTo(NOW);
        });
        var events = order.pullEvents();
        assertThat(events).singleElement().isInstanceOfSatisfying(OrderPlaced.class, placed -> {
            assertThat(placed.orderId()).isEqualTo(order.id());
            assertThat(placed.grandTotal()).isEqualTo(order.totals().grandTotal());
            assertThat(placed.lines()).extracting(l -> l.sku().value()).containsExactly("TSHIRT-BLK-M", "MUG-CLASSIC");
        });
        assertThat(order.pullEvents()).as("events are handed out once").isEmpty();
    }

    @Test
    void anOrderAsStoredIsTheSameOrderAtItsVersionWithoutEventsAndApartFromTheOriginal() {
        var order = placedOrder();

        var stored = order.asStoredAt(0);

        assertThat(stored.isNew()).isFalse();
        assertThat(stored.version()).isZero();
        assertThat(stored).usingRecursiveComparison().ignoringFields("version", "events", "notices", "asLoaded").isEqualTo(order);
        assertThat(stored.pullEvents()).isEmpty();
        stored.authorisePayment("auth-1", Actor.system(), NOW);
        assertThat(order.status()).as("the original is not changed by its copy").isEqualTo(OrderStatus.AWAITING_PAYMENT);
        assertThat(order.history()).hasSize(1);
    }

    @Test
    void aLoadedOrderTellsWhatChangedSinceItWasLoaded() {
        var placed = placedOrder();
        assertThat(placed.changedSinceLoaded()).as("a new order is all change").isTrue();
        assertThat(placed.changedLinesOrRefundsSinceLoaded()).isTrue();
        assertThat(placed.historySinceLoaded()).isEqualTo(placed.history());

        var loaded = placed.asStoredAt(0);
        assertThat(loaded.changedSinceLoaded()).isFalse();
        assertThat(loaded.historySinceLoaded()).isEmpty();

        loaded.authorisePayment("auth-1", Actor.system(), NOW);
        assertThat(loaded.changedSinceLoaded()).isTrue();
        assertThat(loaded.changedLinesOrRefundsSinceLoaded()).as("a status change is the order's own").isFalse();
        assertThat(loaded.historySinceLoaded()).singleElement()
                .satisfies(change -> assertThat(change.to()).isEqualTo(OrderStatus.PAID));

        var captured = placed.asStoredAt(0);
        captured.authorisePayment("auth-1", Actor.system(), NOW);
        var paid = captured.asStoredAt(1);
        assertThat(paid.recordCapture(Money.of(100, "EUR"))).isTrue();
        assertThat(paid.changedSinceLoaded()).as("a field changed without a history entry").isTrue();
        assertThat(paid.historySinceLoaded()).isEmpty();

        var cancelled = captured.asStoredAt(1);
        cancelled.cancel("changed my mind", CUSTOMER, NOW);
        assertThat(cancelled.changedLinesOrRefundsSinceLoaded()).as("the cancellation releases the authorisation: a refund")
                .isTrue();
    }

    @Test
    void anOrderNeedsLines() {
        assertThatThrownBy(() -> Order.place(OrderId.newId(), customer, ADDRESS, List.of(), zero, zero, zero, CUSTOMER, NOW))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("at least one line");
    }

    @Test
    void aSkuAppearsOnOneLineOnly() {
        var lines = List.of(line(1, "MUG-CLASSIC", 1, 1250), line(2, "MUG-CLASSIC", 2, 1250));
        assertThatThrownBy(() -> Order.place(OrderId.newId(), customer, ADDRESS, lines, zero, zero, zero, CUSTOMER, NOW))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("MUG-CLASSIC");
    }

    @Test
    void allMoneyOfAnOrderIsInOneCurrency() {
        var lines = List.of(line(1, "MUG-CLASSIC", 1, 1250));
        assertThatThrownBy(() -> Order.place(OrderId.newId(), customer, ADDRESS, lines, zero, zero, Money.of(495, "USD"),
                CUSTOMER, NOW)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void aDiscountCannotExceedTheSubtotal() {
        var lines = List.of(line(1, "MUG-CLASSIC", 1, 1250));
        assertThatThrownBy(() -> Order.place(OrderId.newId(), customer, ADDRESS, lines, Money.of(1251, "EUR"), zero, zero,
                CUSTOMER, NOW)).isInstanceOf(InvalidValueException.class).hasMessageContaining("exceeds");
    }

    @Test
    void totalsMustAddUp() {
        var eur = (java.util.function.LongFunction<Money>) cents -> Money.of(cents, "EUR");
        assertThatThrownBy(() -> new OrderTotals(eur.apply(1000), eur.apply(0), eur.apply(0), eur.apply(0), eur.apply(999)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("grand total");
    }

    @Test
    void reconstitutionRefusesLinesThatDoNotMatchTheSubtotal() {
        var order = placedOrder();
        var wrongTotals = OrderTotals.of(Money.of(1, "EUR"), zero, zero, zero);
        assertThatThrownBy(() -> Order.reconstitute(order.id(), order.customerId(), ADDRESS, order.lines(), wrongTotals,
                order.status(), order.history(), null, NOW, 0))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("sum of the lines");
    }
}
