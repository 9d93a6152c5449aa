package io.orderservice.ordering.domain.saga;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderservice.ordering.domain.saga.PlacementSaga.Compensation;
import io.orderservice.ordering.domain.saga.PlacementSaga.Status;
import io.orderservice.ordering.domain.saga.PlacementSaga.Step;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;

/**
 * Whatever happens in whatever order — successes, refusals, failures, redeliveries, operators — the
 * saga always knows exactly what it holds and must undo (the most recent first), and once it is over,
 * it stays over.
 */
class PlacementSagaProperties {

    @Property(tries = 1000)
    void whatIsHeldIsExactlyWhatWillBeUndone(@ForAll @Size(max = 40) List<@IntRange(min = 0, max = 13) Integer> outcomes) {
        var saga = PlacementSagaTest.started();
        var now = PlacementSagaTest.NOW;
        boolean stockHeld = false;
        boolean paymentHeld = false;
        for (int outcome : outcomes) {
            now = now.plus(Duration.ofMinutes(outcome));
            var before = saga.status();
            var step = saga.step().orElse(Step.SCREEN);
            var next = saga.nextCompensation().orElse(Compensation.RELEASE_STOCK);
            try {
                switch (outcome) {
                    case 0, 1, 2 -> saga.stepSucceeded(step, now, PlacementSagaTest.POLICY);
                    case 3 -> saga.stepRefused(step, "no", now, PlacementSagaTest.POLICY);
                    case 4 -> saga.attemptFailed("timeout", now, PlacementSagaTest.POLICY);
                    case 5 -> saga.reviewRequired("score 60");
                    case 6 -> saga.reviewApproved(now, PlacementSagaTest.POLICY);
                    case 7 -> saga.paymentRetried(PlacementSagaTest.CHECKOUT, now, PlacementSagaTest.POLICY);
                    case 8 -> {
                        if (!saga.isDue(now)) {
                            throw new IllegalSagaStateException("nothing due");
                        }
                        saga.onDeadline(now, PlacementSagaTest.POLICY);
                    }
                    case 12 -> saga.paymentActionRequired(now, PlacementSagaTest.POLICY);
                    case 9, 10 -> saga.compensated(next, now, PlacementSagaTest.POLICY);
                    default -> {
                        if (saga.status() == Status.PARKED && outcome == 11) {
                            saga.retryParked(now, PlacementSagaTest.POLICY);
                        } else {
                            var paymentMayBeUnderWay = saga.step().filter(s -> s == Step.AUTHORISE_PAYMENT).isPresent()
                                    && (saga.status() == Status.RUNNING || saga.status() == Status.AWAITING_PAYMENT_ACTION
                                    || saga.status() == Status.PARKED && saga.parkedFrom() != Status.COMPENSATING);
                            saga.abandon("operator", now, PlacementSagaTest.POLICY);
                            if (paymentMayBeUnderWay) {
                                paymentHeld = true;
                            }
                        }
                    }
                }
                if (outcome <= 2 && step == Step.RESERVE_STOCK) {
                    stockHeld = true;
                }
                if (outcome <= 2 && step == Step.AUTHORISE_PAYMENT) {
                    paymentHeld = true;
                }
                if (outcome <= 2 && step == Step.CONFIRM) {
                    stockHeld = false; // the order keeps them: nothing left to undo
                    paymentHeld = false;
                }
                if ((outcome == 9 || outcome == 10) && next == Compensation.RELEASE_STOCK) {
                    stockHeld = false;
                }
                if ((outcome == 9 || outcome == 10) && next == Compensation.VOID_PAYMENT) {
                    paymentHeld = false;
                }
            } catch (IllegalSagaStateException refused) {
                assertThat(saga.status()).as("a refused outcome changes nothing").isEqualTo(before);
            }
            var expected = new ArrayList<Compensation>();
            if (paymentHeld) {
                expected.add(Compensation.VOID_PAYMENT);
            }
            if (stockHeld) {
                expected.add(Compensation.RELEASE_STOCK);
            }
            assertThat(saga.pendingCompensations()).isEqualTo(expected);
            if (before.isFinal()) {
                assertThat(saga.status()).as("over is over").isEqualTo(before);
            }
            assertThat(saga.status() != Status.RUNNING || saga.step().isPresent()).isTrue();
            assertThat(!saga.isDispatched() || saga.nextAttemptAt().isPresent()).as("dispatched work has a deadline").isTrue();
            assertThat(saga.isDispatched()).as("only running or compensating work is dispatched")
                    .isEqualTo(saga.isDispatched() && !saga.status().isAtRest());
        }
        Statistics.label("final status").collect(saga.status());
    }
}
