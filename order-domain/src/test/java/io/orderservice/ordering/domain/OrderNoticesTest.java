package io.orderservice.ordering.domain;

import static io.orderservice.ordering.domain.OrderFixtures.ADDRESS;
import static io.orderservice.ordering.domain.OrderFixtures.NOW;
import static io.orderservice.ordering.domain.OrderFixtures.placedOrder;
import static org.assertj.core.api.Assertions.assertThat;

import io.orderservice.ordering.domain.event.BackorderNotification;
import io.orderservice.ordering.domain.event.DropShipRequested;
import io.orderservice.ordering.domain.event.OrderStatusChanged;
import io.orderservice.ordering.domain.status.OrderStatus;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What an order tells its customer or a supplier is recorded by the order, like its events, and handed to the store
 * with them (ADR 0026): backorder notices move the status where the state machine says, and are told in any case.
 */
class OrderNoticesTest {

    private static final BackorderNotification.Units TWO_MUGS = new BackorderNotification.Units("MUG-CLASSIC", 2,
            LocalDate.parse("2026-12-10"));

    @Test
    void unitsWaitingForARestockBackorderAPaidOrderAndTellItsCustomer() {
        var order = paid();

        order.waitForRestock(List.of(TWO_MUGS), "not found at MAIN", Actor.operator("warehouse-1"), NOW);

        assertThat(order.status()).isEqualTo(OrderStatus.BACKORDERED);
        assertThat(order.history().get(order.history().size() - 1).reason())
                .isEqualTo("waiting for stock: 2 × MUG-CLASSIC not found at MAIN");
        assertThat(order.pullEvents()).singleElement().isInstanceOf(OrderStatusChanged.class);
        assertThat(order.pullNotices()).containsExactly(new BackorderNotification.Created(order.id(), order.customerId(),
                List.of(TWO_MUGS), NOW));
        assertThat(order.pullNotices()).as("handed over once").isEmpty();
    }

    @Test
    void anOrderAlreadyBackorderedStaysSoAndItsCustomerIsToldOfTheNewUnits() {
        var order = paid();
        order.waitForRestock(List.of(TWO_MUGS), null, Actor.system(), NOW);
        order.pullEvents();
        order.pullNotices();

        order.waitForRestock(List.of(TWO_MUGS), null, Actor.system(), NOW);

        assertThat(order.status()).isEqualTo(OrderStatus.BACKORDERED);
        assertThat(order.pullEvents()).isEmpty();
        assertThat(order.pullNotices()).singleElement().isInstanceOf(BackorderNotification.Created.class);
    }

    @Test
    void aRestockThatFillsTheLastWaitingUnitsMakesTheOrderPaidAgainAndTellsTheCustomer() {
        var order = paid();
        order.waitForRestock(List.of(TWO_MUGS), null, Actor.system(), NOW);
        order.pullEvents();
        order.pullNotices();

        order.restocked("MUG-CLASSIC", 1, true, NOW);
        assertThat(order.status()).as("other units still wait").isEqualTo(OrderStatus.BACKORDERED);
        order.restocked("MUG-CLASSIC", 1, false, NOW);

        assertThat(order.status()).isEqualTo(OrderStatus.PAID);
        assertThat(order.pullEvents()).singleElement().isInstanceOf(OrderStatusChanged.class);
        assertThat(order.pullNotices()).extracting(notice -> ((BackorderNotification.Filled) notice).stillWaiting())
                .containsExactly(true, false);
    }

    @Test
    void aDelayedRestockAndADropShipAreToldWithoutTouchingTheOrdersHistory() {
        var order = paid();
        int history = order.history().size();

        order.restockDelayed(TWO_MUGS, LocalDate.parse("2026-12-03"), NOW);
        order.requestDropShip("SUPPLIER-1", List.of(new DropShipRequested.Line("MUG-CLASSIC", 1)), NOW);

        assertThat(order.history()).hasSize(history);
        assertThat(order.pullNotices()).containsExactly(
                new BackorderNotification.Delayed(order.id(), order.customerId(), TWO_MUGS, LocalDate.parse("2026-12-03"), NOW),
                new DropShipRequested(order.id(), "SUPPLIER-1", List.of(new DropShipRequested.Line("MUG-CLASSIC", 1)), ADDRESS, NOW));
    }

    private static Order paid() {
        var order = placedOrder();
        order.authorisePayment("auth-1", Actor.system(), NOW);
        order.pullEvents();
        return order;
    }
}
