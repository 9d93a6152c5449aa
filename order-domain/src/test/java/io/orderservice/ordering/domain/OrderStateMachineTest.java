package io.orderservice.ordering.domain;

import static io.orderservice.ordering.domain.OrderFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderservice.ordering.domain.event.OrderCompleted;
import io.orderservice.ordering.domain.event.OrderModified;
import io.orderservice.ordering.domain.event.OrderRefundRequested;
import io.orderservice.ordering.domain.event.OrderStatusChanged;
import io.orderservice.ordering.domain.status.OrderAction;
import io.orderservice.ordering.domain.status.OrderStatus;
import io.orderservice.ordering.domain.status.OrderTransitions.Transition;
import io.orderservice.ordering.domain.status.OrderTransitions;
import java.util.ArrayDeque;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class OrderStateMachineTest {

    static Stream<Transition> transitions() {
        return OrderTransitions.TABLE.stream();
    }

    @ParameterizedTest
    @MethodSource("transitions")
    void everyRowOfTheTableIsAVerbThatMovesTheOrderAndRecordsIt(Transition row) {
        var order = orderIn(row.from());
        var historyBefore = order.history().size();

        perform(order, row.action(), Actor.operator("ops-1"), NOW.plusSeconds(60));

        assertThat(order.status()).isEqualTo(row.to());
        assertThat(order.history()).hasSize(historyBefore + 1);
        var entry = order.history().get(historyBefore);
        assertThat(entry.from()).isEqualTo(row.from());
        assertThat(entry.to()).isEqualTo(row.to());
        assertThat(entry.action()).isEqualTo(row.action());
        assertThat(entry.by()).isEqualTo(Actor.operator("ops-1"));
        assertThat(entry.at()).isEqualTo(NOW.plusSeconds(60));
        assertThat(entry.reason()).isNotBlank();
        var events = order.pullEvents();
        assertThat(events).allSatisfy(event -> assertThat(event.sequence()).isEqualTo(historyBefore));
        switch (row.action()) {
            case MODIFY -> assertThat(events).singleElement().isEqualTo(
                    new OrderModified(order.id(), List.of("deliveryInstructions"), entry.reason(), historyBefore, NOW.plusSeconds(60)));
            case REFUND -> assertThat(events).singleElement().isInstanceOf(OrderRefundRequested.class);
            case CHANGE_LINES -> assertThat(events).singleElement().isInstanceOfSatisfying(OrderModified.class,
                    modified -> assertThat(modified.changed()).containsExactly("lines"));
            default -> {
                assertThat(events.get(0)).isEqualTo(new OrderStatusChanged(order.id(), row.from(), row.to(), row.action(),
                        entry.reason(), historyBefore, NOW.plusSeconds(60)));
                // the specific event of a cancellation, a shipment or a completion follows its status change
                assertThat(events).hasSize(EnumSet.of(OrderAction.CANCEL, OrderAction.SHIP, OrderAction.SHIP_PARTIALLY,
                        OrderAction.COMPLETE).contains(row.action()) ? 2 : 1);
                if (row.to() == OrderStatus.COMPLETED) {
                    assertThat(events.get(1)).isInstanceOf(OrderCompleted.class);
                }
            }
        }
    }

    @Test
    void anIllegalActionThrowsNamingTheStatusAndTheAllowedActionsAndChangesNothing() {
        var order = orderIn(OrderStatus.SHIPPED);
        var history = order.history();

        assertThatThrownBy(() -> order.cancel("too late", CUSTOMER, NOW))
                .isInstanceOfSatisfying(IllegalOrderTransitionException.class, e -> {
                    assertThat(e.status()).isEqualTo(OrderStatus.SHIPPED);
                    assertThat(e.action()).isEqualTo(OrderAction.CANCEL);
                    assertThat(e.allowedActions()).containsExactlyInAnyOrder(OrderAction.DELIVER, OrderAction.REFUND,
                            OrderAction.REQUEST_RETURN, OrderAction.ADVANCE_RETURN);
                    assertThat(e.getMessage()).contains("SHIPPED", "CANCEL", "DELIVER");
                });
        assertThat(order.status()).isEqualTo(OrderStatus.SHIPPED);
        assertThat(order.history()).isEqualTo(history);
        assertThat(order.pullEvents()).isEmpty();
    }

    @Test
    void finalStatusesAllowNothing() {
        assertThat(EnumSet.allOf(OrderStatus.class).stream().filter(OrderStatus::isFinal))
                .containsExactlyInAnyOrder(OrderStatus.COMPLETED, OrderStatus.RETURNED, OrderStatus.CANCELLED,
                        OrderStatus.REJECTED);
    }

    @Test
    void everyStatusIsReachableFromPlacementAndEveryStatusCanStillEnd() {
        var reachable = EnumSet.copyOf(OrderTransitions.INITIAL);
        var queue = new ArrayDeque<>(reachable);
        while (!queue.isEmpty()) {
            var status = queue.poll();
            for (var action : status.allowedActions()) {
                var next = OrderTransitions.next(status, action).orElseThrow();
                if (reachable.add(next)) {
                    queue.add(next);
                }
            }
        }
        assertThat(reachable).containsExactlyInAnyOrder(OrderStatus.values());

        for (var status : OrderStatus.values()) {
            assertThat(canReachFinal(status, EnumSet.noneOf(OrderStatus.class)))
                    .as("%s can still reach a final status", status).isTrue();
        }
    }

    @Test
    void anOrderCanBeCancelledUntilItShips() {
        var cancellable = EnumSet.noneOf(OrderStatus.class);
        for (var status : OrderStatus.values()) {
            if (status.allowedActions().contains(OrderAction.CANCEL)) {
                cancellable.add(status);
            }
        }
        assertThat(cancellable).containsExactlyInAnyOrder(OrderStatus.PENDING_APPROVAL, OrderStatus.AWAITING_PAYMENT,
                OrderStatus.ON_HOLD, OrderStatus.PAYMENT_FAILED, OrderStatus.PAID, OrderStatus.BACKORDERED);
    }

    @Test
    void authorisingPaymentKeepsTheGatewayReference() {
        var order = placedOrder();
        order.authorisePayment("sbx_auth_1", Actor.system(), NOW);
        assertThat(order.paymentReference()).isEqualTo("sbx_auth_1");
        assertThat(order.status()).isEqualTo(OrderStatus.PAID);
    }

    private static boolean canReachFinal(OrderStatus status, EnumSet<OrderStatus> seen) {
        if (status.isFinal()) {
            return true;
        }
        if (!seen.add(status)) {
            return false;
        }
        return status.allowedActions().stream()
                .map(action -> OrderTransitions.next(status, action).orElseThrow())
                .anyMatch(next -> canReachFinal(next, seen));
    }

    /** Drives a new order along a shortest path of the table to {@code target}. */
    static Order orderIn(OrderStatus target) {
        var order = placedOrder();
        if (target == OrderStatus.PENDING_APPROVAL) {
            return Order.reconstitute(order.id(), order.customerId(), order.shippingAddress(), order.lines(),
                    order.totals(), OrderStatus.PENDING_APPROVAL,
                    List.of(new StatusChange(null, OrderStatus.PENDING_APPROVAL, null, "placed", CUSTOMER, NOW)),
                    null, NOW, 0);
        }
        for (var action : pathTo(OrderStatus.AWAITING_PAYMENT, target)) {
            perform(order, action, Actor.system(), NOW);
        }
        order.pullEvents();
        return order;
    }

    private static List<OrderAction> pathTo(OrderStatus from, OrderStatus target) {
        record Step(OrderStatus status, List<OrderAction> path) {
        }
        var queue = new ArrayDeque<Step>(List.of(new Step(from, List.of())));
        var seen = EnumSet.of(from);
        while (!queue.isEmpty()) {
            var step = queue.poll();
            if (step.status() == target) {
                return step.path();
            }
            for (var action : step.status().allowedActions()) {
                var next = OrderTransitions.next(step.status(), action).orElseThrow();
                if (seen.add(next)) {
                    var path = new java.util.ArrayList<>(step.path());
                    path.add(action);
                    queue.add(new Step(next, path));
                }
            }
        }
        throw new IllegalStateException(target + " is not reachable from " + from);
    }

    @Test
    void deliveryDetailsChangeUntilTheOrderShipsAndOnlyWhatDiffersIsRecorded() {
        var order = orderIn(OrderStatus.PAID);
        var elsewhere = new io.orderservice.shared.Address("Ada Lovelace", "1 New Street", null, "Leeds", null, "LS1 4AP", "GB");
        var tomorrow = java.time.LocalDate.ofInstant(NOW, java.time.ZoneOffset.UTC).plusDays(1);

        assertThat(order.modifyDelivery(elsewhere, null, tomorrow, CUSTOMER, NOW)).isTrue();
        assertThat(order.status()).isEqualTo(OrderStatus.PAID);
        assertThat(order.shippingAddress()).isEqualTo(elsewhere);
        assertThat(order.requestedDeliveryDate()).isEqualTo(tomorrow);
        assertThat(order.pullEvents()).singleElement().isInstanceOfSatisfying(OrderModified.class,
                modified -> assertThat(modified.changed()).containsExactly("shippingAddress", "requestedDeliveryDate"));
        assertThat(order.modifyDelivery(elsewhere, null, tomorrow, CUSTOMER, NOW)).as("nothing differs").isFalse();
        assertThat(order.pullEvents()).isEmpty();
        assertThatThrownBy(() -> order.modifyDelivery(elsewhere, null, tomorrow.minusDays(3), CUSTOMER, NOW))
                .isInstanceOf(io.orderservice.shared.InvalidValueException.class);

        var shipped = orderIn(OrderStatus.SHIPPED);
        assertThatThrownBy(() -> shipped.modifyDelivery(elsewhere, null, null, CUSTOMER, NOW))
                .isInstanceOf(IllegalOrderTransitionException.class);
    }
}
