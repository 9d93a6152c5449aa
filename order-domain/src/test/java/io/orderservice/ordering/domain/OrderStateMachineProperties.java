package io.orderservice.ordering.domain;

import static io.orderservice.ordering.domain.OrderFixtures.*;
import static io.orderservice.shared.PropertyFalsification.assertFalsified;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.orderservice.ordering.domain.event.OrderModified;
import io.orderservice.ordering.domain.event.OrderRefundRequested;
import io.orderservice.ordering.domain.event.OrderStatusChanged;
import io.orderservice.ordering.domain.status.OrderAction;
import io.orderservice.ordering.domain.status.OrderStatus;
import io.orderservice.ordering.domain.status.OrderTransitions;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Whatever sequence of commands an order receives, it only ever moves along rows of the transition
 * table, refused commands change nothing, and history, status and events stay consistent.
 */
class OrderStateMachineProperties {

    /**
     * Each step either picks one of the actions the current status allows (so runs reach deep statuses
     * such as SHIPPED or RETURNED) or, one time in three, any action at all (so refusals are exercised).
     */
    @Test
    void noSequenceOfCommandsReachesAnIllegalState() {
        var reached = noSequenceOfCommandsReachesAnIllegalState(OrderFixtures::perform);

        assertThat(reached).as("runs reach deep statuses, not only the first few")
                .contains(OrderStatus.SHIPPED, OrderStatus.DELIVERED, OrderStatus.CANCELLED);
    }

    /** An aggregate that ignores a command it must refuse, instead of refusing it, is caught. */
    @Test
    void anOrderThatIgnoresARefusedCommandIsCaught() {
        assertFalsified(() -> noSequenceOfCommandsReachesAnIllegalState((order, command, by, at) -> {
            try {
                perform(order, command, by, at);
            } catch (IllegalOrderTransitionException ignored) {
                // the mistake: a refusal the caller never hears of
            }
        }));
    }

    /** An order that changes status without recording the event for it is caught. */
    @Test
    void anOrderThatLosesItsEventsIsCaught() {
        assertFalsified(() -> noSequenceOfCommandsReachesAnIllegalState((order, command, by, at) -> {
            perform(order, command, by, at);
            order.pullEvents();
        }));
    }

    interface Commands {
        void perform(Order order, OrderAction command, Actor by, Instant at);
    }

    /** Checks the property over 1,000 runs of up to 40 commands; answers the final statuses the runs reached. */
    static Set<OrderStatus> noSequenceOfCommandsReachesAnIllegalState(Commands commands) {
        var reached = EnumSet.noneOf(OrderStatus.class);
        qt().withExamples(1000).forAll(lists().of(integers().between(0, 99)).ofSizeBetween(0, 40)).checkAssert(choices -> {
            reached.add(run(choices, commands));
        });
        return reached;
    }

    private static OrderStatus run(List<Integer> choices, Commands commands) {
        var order = placedOrder();
        order.pullEvents();
        int transitions = 0;
        var actions = OrderAction.values();

        for (var choice : choices) {
            var allowedNow = List.copyOf(order.status().allowedActions());
            var command = choice % 3 == 0 || allowedNow.isEmpty()
                    ? actions[choice % actions.length]
                    : allowedNow.get(choice % allowedNow.size());
            var before = order.status();
            var historyBefore = order.history();
            var allowed = OrderTransitions.next(before, command);
            if (allowed.isPresent()) {
                commands.perform(order, command, Actor.system(), NOW);
                transitions++;
                assertThat(order.status()).isEqualTo(allowed.get());
                var event = order.pullEvents();
                assertThat(event).isNotEmpty().allSatisfy(each -> assertThat(each.sequence()).isEqualTo(order.history().size() - 1));
                if (command == OrderAction.MODIFY || command == OrderAction.CHANGE_LINES) {
                    assertThat(event).singleElement().isInstanceOf(OrderModified.class);
                } else if (command == OrderAction.REFUND) {
                    assertThat(event).singleElement().isInstanceOf(OrderRefundRequested.class);
                } else {
                    assertThat(event).hasSize(command == OrderAction.CANCEL || command == OrderAction.SHIP
                            || command == OrderAction.SHIP_PARTIALLY || allowed.get() == OrderStatus.COMPLETED ? 2 : 1);
                    assertThat(event.get(0)).isInstanceOfSatisfying(OrderStatusChanged.class, changed -> {
                        assertThat(changed.from()).isEqualTo(before);
                        assertThat(changed.to()).isEqualTo(allowed.get());
                    });
                }
            } else {
                assertThatThrownBy(() -> commands.perform(order, command, Actor.system(), NOW))
                        .isInstanceOf(IllegalOrderTransitionException.class);
                assertThat(order.status()).isEqualTo(before);
                assertThat(order.history()).isEqualTo(historyBefore);
                assertThat(order.pullEvents()).isEmpty();
            }
        }

        var history = order.history();
        assertThat(history).hasSize(transitions + 1);
        assertThat(history.get(0).isPlacement()).isTrue();
        for (int i = 1; i < history.size(); i++) {
            var entry = history.get(i);
            assertThat(entry.from()).isEqualTo(history.get(i - 1).to());
            assertThat(OrderTransitions.next(entry.from(), entry.action())).contains(entry.to());
        }
        assertThat(order.status()).isEqualTo(history.get(history.size() - 1).to());
        return order.status();
    }
}
