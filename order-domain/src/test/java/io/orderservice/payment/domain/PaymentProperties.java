package io.orderservice.payment.domain;

import static io.orderservice.shared.PropertyFalsification.assertFalsified;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.orderservice.shared.Money;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

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

    /** One piece of news applied to a payment; answers whether the payment says it changed. */
    interface News {
        boolean apply(Payment payment, int kind, Money money, String reference);
    }

    static final News PAYMENT = (payment, kind, money, reference) -> switch (kind) {
        case 0 -> payment.authorised(reference, PaymentTest.NOW);
        case 1 -> payment.requiresAction(reference, PaymentTest.NOW);
        case 2 -> payment.declined("card_declined", "declined", PaymentTest.NOW);
        case 3 -> payment.failed("timeout", PaymentTest.NOW);
        case 4 -> payment.captured(money, reference, PaymentTest.NOW);
        case 5 -> payment.voided(reference, PaymentTest.NOW);
        case 6 -> payment.refunded(money, reference, "key_" + reference, PaymentTest.NOW);
        default -> payment.disputed(money, reference, "fraudulent", PaymentTest.NOW);
    };

    @Test
    void moneyAddsUpAndTheStatusOnlyMovesForward() {
        var reached = moneyAddsUpAndTheStatusOnlyMovesForward(PAYMENT);

        assertThat(reached).as("runs reach the statuses at the end of the money's way")
                .contains(PaymentStatus.CAPTURED, PaymentStatus.PARTIALLY_REFUNDED, PaymentStatus.VOIDED);
    }

    /** A payment that says a repeated or refused refund changed it (and so would be announced) is caught. */
    @Test
    void aPaymentThatAnnouncesARefundItDidNotRecordIsCaught() {
        assertFalsified(() -> moneyAddsUpAndTheStatusOnlyMovesForward((payment, kind, money, reference) -> {
            boolean changed = PAYMENT.apply(payment, kind, money, reference);
            return kind == 6 || changed;
        }));
    }

    /** Checks the property over 1,000 runs of up to 30 pieces of news; answers the final statuses the runs reached. */
    static Set<PaymentStatus> moneyAddsUpAndTheStatusOnlyMovesForward(News apply) {
        var reached = EnumSet.noneOf(PaymentStatus.class);
        qt().withExamples(1000).forAll(lists().of(integers().between(0, 7)).ofSizeBetween(0, 30),
                        lists().of(integers().between(1, 6_000)).ofSize(30))
                .checkAssert((news, amounts) -> reached.add(run(news, amounts, apply)));
        return reached;
    }

    private static PaymentStatus run(List<Integer> news, List<Integer> amounts, News apply) {
        var payment = PaymentTest.pending(5_000);
        int step = 0;
        for (int kind : news) {
            var before = payment.status();
            var money = Money.of(amounts.get(step % amounts.size()), "EUR");
            var reference = "ref_" + (amounts.get(step % amounts.size()) % 4);
            boolean changed = apply.apply(payment, kind, money, reference);
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
        return payment.status();
    }
}
