package io.orderservice.returns.domain;

import static io.orderservice.shared.PropertyFalsification.assertFalsified;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.orderservice.returns.domain.ReturnRefund.PaidLine;
import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.Money;
import io.orderservice.shared.Quantity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The refund arithmetic of returns: parts add up, nothing negative, never beyond what was captured (issue 20). */
class ReturnRefundProperties {

    static final ReturnReason DAMAGED = new ReturnReason("damaged", true);
    static final ReturnReason CHANGED_MIND = new ReturnReason("changed-mind", false);

    interface Share {
        long of(long paid, int quantity, int before, int units);
    }

    @Test
    void everyUnitOfALineReturnedInAnySplitRefundsExactlyWhatWasPaidForIt() {
        everyUnitReturnedRefundsWhatWasPaid(ReturnRefund::share);
    }

    /** A refund per unit rounded on its own loses or makes cents once the units come back in parts: caught. */
    @Test
    void aShareRoundedPerUnitIsCaught() {
        assertFalsified(() -> everyUnitReturnedRefundsWhatWasPaid((paid, quantity, before, units) -> paid / quantity * units));
    }

    static void everyUnitReturnedRefundsWhatWasPaid(Share share) {
        qt().withExamples(2000).forAll(longs().between(0, 10_000_000), lists().of(integers().between(1, 5)).ofSizeBetween(1, 8))
                .checkAssert((paid, parts) -> {
                    int quantity = parts.stream().mapToInt(Integer::intValue).sum();
                    long refunded = 0;
                    int before = 0;
                    for (int units : parts) {
                        long amount = share.of(paid, quantity, before, units);
                        assertThat(amount).isNotNegative();
                        refunded += amount;
                        before += units;
                    }
                    assertThat(refunded).isEqualTo(paid);
                });
    }

    /**
     * However a line's units come back and whatever the promotions make the kept goods owe on the way (all of it once
     * nothing is kept), the refunds add up to what was paid, and none is negative: what one refund could not keep back
     * (it reached nothing) the next one's recount still has.
     */
    @Test
    void recountsKeptBackOnTheWayAreGivenBackWhenEverythingComesBack() {
        qt().withExamples(2000).forAll(longs().between(0, 1_000_000), lists().of(integers().between(1, 4)).ofSizeBetween(1, 6),
                        lists().of(longs().between(0, 2_000_000)).ofSize(6))
                .checkAssert((paid, parts, owedOnTheWay) -> {
                    int quantity = parts.stream().mapToInt(Integer::intValue).sum();
                    int before = 0;
                    long refunded = 0;
                    var keptBack = eur(0);
                    for (int i = 0; i < parts.size(); i++) {
                        int units = parts.get(i);
                        boolean last = i == parts.size() - 1;
                        var owed = last ? eur(0) : eur(owedOnTheWay.get(i));
                        var refund = ReturnRefund.of(List.of(new PaidLine(1, quantity, eur(paid), before)),
                                List.of(new ReturnLine(1, Quantity.of(units))), CHANGED_MIND, eur(0), false, 0, owed.minus(keptBack),
                                eur(10_000_000));
                        assertThat(refund.total().isNegative()).isFalse();
                        refunded += refund.total().amountMinor();
                        keptBack = keptBack.plus(refund.discountRecount());
                        before += units;
                    }
                    assertThat(refunded).isEqualTo(paid);
                });
    }

    @Test
    void theTotalIsTheLinesAndShippingLessTheFeeNeverNegativeAndNeverBeyondWhatIsRefundable() {
        qt().withExamples(2000).forAll(longs().between(0, 1_000_000), integers().between(1, 9), integers().between(0, 100),
                        longs().between(0, 2_000_000))
                .checkAssert((paid, quantity, fee, refundable) -> {
                    long shipping = paid % 5_000;
                    for (var reason : List.of(DAMAGED, CHANGED_MIND)) {
                        var refund = ReturnRefund.of(List.of(new PaidLine(1, quantity, eur(paid), 0)),
                                List.of(new ReturnLine(1, Quantity.of(quantity))), reason, eur(shipping), false, fee, eur(0), eur(refundable));
                        var lines = refund.lines().get(0).amount();
                        assertThat(lines).isEqualTo(eur(paid));
                        assertThat(refund.total().isNegative()).isFalse();
                        assertThat(refund.restockingFee().isGreaterThan(lines)).isFalse();
                        assertThat(refund.total().isGreaterThan(eur(refundable))).isFalse();
                        var uncapped = lines.plus(refund.shipping()).minus(refund.restockingFee());
                        assertThat(refund.total()).isEqualTo(refund.capped() ? eur(refundable) : uncapped);
                        assertThat(refund.shipping()).isEqualTo(reason.shopsFault() ? eur(shipping) : eur(0));
                    }
                });
    }

    @Test
    void aWorkedExample() {
        // Three mugs at 12.50 less a 10 % promotion, 19 % VAT included: 33.75 paid for the line; two come back damaged,
        // one was returned before; shipping 4.95 is refunded (the shop's fault), no fee.
        var refund = ReturnRefund.of(List.of(new PaidLine(1, 3, eur(3_375), 1), new PaidLine(2, 1, eur(1_999), 0)),
                List.of(new ReturnLine(1, Quantity.of(2))), DAMAGED, eur(495), false, 10, eur(0), eur(10_000));
        assertThat(refund.lines()).singleElement().satisfies(line -> assertThat(line.amount()).isEqualTo(eur(2_250)));
        assertThat(refund.total()).isEqualTo(eur(2_250 + 495));
        assertThat(refund.capped()).isFalse();

        var changedMind = ReturnRefund.of(List.of(new PaidLine(2, 1, eur(1_999), 0)), List.of(new ReturnLine(2, Quantity.of(1))),
                CHANGED_MIND, eur(495), false, 10, eur(0), eur(1_000));
        assertThat(changedMind.restockingFee()).isEqualTo(eur(199));
        assertThat(changedMind.shipping()).isEqualTo(eur(0));
        assertThat(changedMind.total()).as("cut to what is refundable").isEqualTo(eur(1_000));
        assertThat(changedMind.capped()).isTrue();

        assertThatThrownBy(() -> ReturnRefund.of(List.of(new PaidLine(1, 3, eur(3_375), 2)), List.of(new ReturnLine(1, Quantity.of(2))),
                DAMAGED, eur(0), false, 0, eur(0), eur(10_000))).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("1 unit(s) left to refund, not 2");
    }

    private static Money eur(long cents) {
        return Money.of(cents, "EUR");
    }
}
