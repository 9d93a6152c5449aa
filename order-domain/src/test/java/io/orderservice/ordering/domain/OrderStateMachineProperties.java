package io.orderservice.ordering.domain;

import static io.orderservice.ordering.domain.OrderFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderservice.ordering.domain.event.OrderStatusChanged;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

/**
 * Whatever sequence of commands an order receives, it only ever moves along rows of the transition
 * table, refused commands change nothing, and history, status and events stay consistent.
 */
class OrderStateMachineProperties {

    @Property(tries = 500)
    void noSequenceOfCommandsReachesAnIllegalState(@ForAll @Size(max = 30) List<OrderAction> commands) {
        var order = placedOrder();
        order.pullEvents();
        int transitions = 0;

        for (var command : commands) {
            var before = order.status();
            var historyBefore = order.history();
            var allowed = OrderTransitions.next(before, command);
            if (allowed.isPresent()) {
                perform(order, command, Actor.system(), NOW);
                transitions++;
                assertThat(order.status()).isEqualTo(allowed.get());
                assertThat(order.pullEvents()).singleElement().isInstanceOfSatisfying(OrderStatusChanged.class, event -> {
                    assertThat(event.from()).isEqualTo(before);
                    assertThat(event.to()).isEqualTo(allowed.get());
                    assertThat(event.sequence()).isEqualTo(order.history().size() - 1);
                });
            } else {
                assertThatThrownBy(() -> perform(order, command, Actor.system(), NOW))
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
    }
}
