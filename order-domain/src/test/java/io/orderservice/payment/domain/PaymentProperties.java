package io.orderservice.payment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderservice.shared.Money;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;

/**
 * Whatever the gateway reports, in whatever order and however often, and whatever the service asks:
 * the money adds up and the status only moves forward.
 */
class PaymentProperties {

    /** Every status change a payment may make; anything else is a step backwards. */
    static final Map<PaymentStatus, Set<PaymentStatus>> FORWARD = Map.of(
            PaymentStatus.PENDING, EnumSet.of(PaymentStatus.REQUIRES_ACTION, PaymentStatus.AUTHORISED,
                    PaymentStatus.DECLINED, PaymentStatus.FAILED),
            PaymentStatus.REQUIRES_ACTION, EnumSet.of(PaymentStatus.AUTHORISED, PaymentStatus.DECLINED, PaymentStatus.FAILED),
            PaymentStatus.FAILED, EnumSet.of(PaymentStatus.AUTHORISED, PaymentStatus.DECLINED),
            PaymentStatus.AUTHORISED, EnumSet.of(PaymentStatus.CAPTURED, PaymentStatus.VOIDED),
            PaymentStatus.CAPTURED, EnumSet.of(PaymentStatus.PARTIALLY_REFUNDED, PaymentStatus.REFUNDED),
            PaymentStatus.PARTIALLY_REFUNDED, EnumSet.of(PaymentStatus.PARTIALLY_REFUNDED, PaymentStatus.REFUNDED),
            PaymentStatus.REFUNDED, EnumSet.noneOf(PaymentStatus.class),
            PaymentStatus.VOIDED, EnumSet.noneOf(PaymentStatus.class),
            PaymentStatus.DECLINED, EnumSet.noneOf(PaymentStatus.class));

    @Property(tries = 1000)
    void moneyAddsUpAndTheStatusOnlyMovesForward(@ForAll @Size(max = 30) List<@IntRange(min = 0, max = 7) Integer> news,
                                                 @ForAll @Size(min = 30, max = 30) List<@IntRange(min = 1, max = 6_000) Integer> amounts) {
        var payment = PaymentTest.pending(5_000);
        int step = 0;
        for (int kind : news) {
            var before = payment.status();
            var money = Money.of(amounts.get(step % amounts.size()), "EUR");
            var reference = "ref_" + (amounts.get(step % amounts.size()) % 4);
            boolean changed = switch (kind) {
                case 0 -> payment.authorised(reference, PaymentTest.NOW);
                case 1 -> payment.requiresAction(reference, PaymentTest.NOW);
                case 2 -> payment.declined("card_declined", "declined", PaymentTest.NOW);
                case 3 -> payment.failed("timeout", PaymentTest.NOW);
                case 4 -> payment.captured(money, reference, PaymentTest.NOW);
                case 5 -> payment.voided(reference, PaymentTest.NOW);
                case 6 -> payment.refunded(money, reference, "key_" + reference, PaymentTest.NOW);
                default -> payment.disputed(money, reference, "fraudulent", PaymentTest.NOW);
            };
            step++;
            var after = payment.status();
            if (after != before) {
                assertThat(FORWARD.get(before)).as("%s -> %s", before, after).contains(after);
            }
            assertThat(payment.pullEvents()).as("an event exactly when something changed").hasSize(changed ? 1 : 0);
            assertThat(payment.capturedAmount().isGreaterThan(payment.amount())).isFalse();
            assertThat(payment.refundedAmount().isGreaterThan(payment.capturedAmount())).isFalse();
            assertThat(payment.refundedAmount().isNegative()).isFalse();
            assertThat(payment.status() == PaymentStatus.REFUNDED)
                    .isEqualTo(!payment.capturedAmount().isZero() && payment.refundedAmount().equals(payment.capturedAmount()));
        }
        long refundTransactions = payment.transactions().stream()
                .filter(transaction -> transaction.kind() == TransactionKind.REFUND).mapToLong(t -> t.amount().amountMinor()).sum();
        assertThat(refundTransactions).isEqualTo(payment.refundedAmount().amountMinor());
        Statistics.label("final status").collect(payment.status());
    }
}
