package io.orderservice.ordering.domain;

import static io.orderservice.ordering.domain.OrderFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderservice.ordering.domain.status.OrderStatus;
import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.Money;
import org.junit.jupiter.api.Test;

/** The order's record of its money: reports may repeat or arrive late; the amounts only ever add up. */
class OrderPaymentTest {

    @Test
    void recordsTheCaptureOnceAndNeverMoreThanTheGrandTotal() {
        var order = placedOrder();
        var total = order.totals().grandTotal();

        assertThat(order.recordCapture(total)).isTrue();
        assertThat(order.recordCapture(total)).isFalse();
        assertThat(order.payment().captured()).isEqualTo(total);
        assertThatThrownBy(() -> order.recordCapture(total.plus(Money.of(1, "EUR")))).isInstanceOf(InvalidValueException.class);
        assertThat(order.status()).as("money is recorded, the status stays").isEqualTo(OrderStatus.AWAITING_PAYMENT);
    }

    @Test
    void refundsAreRecordedAsARunningTotalSoALateReportChangesNothing() {
        var order = placedOrder();
        order.recordCapture(Money.of(3_000, "EUR"));

        assertThat(order.recordRefunds(Money.of(1_000, "EUR"))).isTrue();
        assertThat(order.recordRefunds(Money.of(2_500, "EUR"))).isTrue();
        assertThat(order.recordRefunds(Money.of(1_000, "EUR"))).as("the first report, late").isFalse();
        assertThat(order.payment().refunded()).isEqualTo(Money.of(2_500, "EUR"));
        assertThatThrownBy(() -> order.recordRefunds(Money.of(3_001, "EUR"))).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void aDisputeIsRecordedOnce() {
        var order = placedOrder();

        assertThat(order.recordDispute()).isTrue();
        assertThat(order.recordDispute()).isFalse();
        assertThat(order.payment().disputed()).isTrue();
    }
}
