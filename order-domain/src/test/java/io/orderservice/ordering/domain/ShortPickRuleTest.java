package io.orderservice.ordering.domain;

import static io.orderservice.ordering.domain.OrderFixtures.NOW;
import static io.orderservice.ordering.domain.OrderFixtures.placedOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.Money;
import io.orderservice.shared.Quantity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Units no one has are taken off an order before its money is captured and refunded after; only while it ships. */
class ShortPickRuleTest {

    @Test
    void beforeCaptureTheUnitsAreTakenOffAndTheOtherLinesKeptAsTheyAre() {
        var order = paid();

        var giveUp = ShortPickRule.giveUp(order, 1, 50);

        assertThat(giveUp).isInstanceOfSatisfying(ShortPickRule.TakeThemOff.class, takeOff -> {
            assertThat(takeOff.remaining()).extracting(OrderLine::lineNumber).containsExactly(1, 2);
            assertThat(takeOff.remaining().get(0).quantity()).isEqualTo(Quantity.of(150));
            assertThat(takeOff.remaining().get(0).unitPrice()).isEqualTo(order.lines().get(0).unitPrice());
            assertThat(takeOff.remaining().get(1)).isEqualTo(order.lines().get(1));
        });
        assertThat(ShortPickRule.giveUp(order, 2, 1)).as("a whole line goes")
                .isInstanceOfSatisfying(ShortPickRule.TakeThemOff.class,
                        takeOff -> assertThat(takeOff.remaining()).extracting(OrderLine::lineNumber).containsExactly(1));
    }

    @Test
    void beforeCaptureNothingLeftCancelsTheOrder() {
        var order = paid();
        var zero = Money.of(0, "EUR");
        order.changeLines(List.of(order.lines().get(1)), zero, zero, zero, Actor.system(), NOW);

        assertThat(ShortPickRule.giveUp(order, 2, 1)).isInstanceOf(ShortPickRule.CancelTheOrder.class);
    }

    @Test
    void afterCaptureTheUnitsAreRefundedAsWillNotShip() {
        var order = paid();
        order.recordCapture(order.totals().grandTotal());

        assertThat(ShortPickRule.giveUp(order, 1, 3)).isEqualTo(new ShortPickRule.RefundThem(
                List.of(new Order.LineRefund(1, Quantity.of(3)))));
    }

    @Test
    void onlyAnOrderBeingShippedTakesAShortPickAndOnlyUnitsItHas() {
        var placed = placedOrder();

        assertThatThrownBy(() -> ShortPickRule.requireBeingShipped(placed)).isInstanceOf(IllegalOrderTransitionException.class);
        ShortPickRule.requireBeingShipped(paid());
        assertThatThrownBy(() -> ShortPickRule.giveUp(paid(), 2, 2)).isInstanceOf(InvalidValueException.class);
    }

    private static Order paid() {
        var order = placedOrder();
        order.authorisePayment("auth-1", Actor.system(), NOW);
        order.pullEvents();
        return order;
    }
}
