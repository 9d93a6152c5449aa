package io.orderservice.ordering.domain.saga;

import static io.orderservice.shared.PropertyFalsification.assertFalsified;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.orderservice.ordering.domain.saga.PlacementSaga.Compensation;
import io.orderservice.ordering.domain.saga.PlacementSaga.Status;
import io.orderservice.ordering.domain.saga.PlacementSaga.Step;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Whatever happens in whatever order — successes, refusals, failures, redeliveries, operators — the
 * saga always knows exactly what it holds and must undo (the most recent first), and once it is over,
 * it stays over.
 */
class PlacementSagaProperties {

    @Test
    void whatIsHeldIsExactlyWhatWillBeUndone() {
        var reached = whatIsHeldIsExactlyWhatWillBeUndone(PlacementSaga::pendingCompensations);

        assertThat(reached).as("runs end in every way a saga can end")
                .contains(Status.COMPLETED, Status.FAILED, Status.PARKED);
    }

    /** A saga that would undo the oldest hold first (the stock before the payment taken against it) is caught. */
    @Test
    void aSagaThatUndoesTheOldestFirstIsCaught() {
        assertFalsified(() -> whatIsHeldIsExactlyWhatWillBeUndone(saga -> {
            var oldestFirst = new ArrayList<>(saga.pendingCompensations());
            Collections.reverse(oldestFirst);
            return oldestFirst;
        }));
    }

    /**
     * Checks the property over 1,000 runs of up to 40 outcomes, reading what the saga will undo through
     * {@code pending}; answers the final statuses the runs reached. The runs come from a fixed seed: drawn afresh each
     * build, a thousand of them now and then reached no PARKED end, and the coverage check failed a build for nothing.
     */
    static Set<Status> whatIsHeldIsExactlyWhatWillBeUndone(Function<PlacementSaga, List<Compensation>> pending) {
        var reached = EnumSet.noneOf(Status.class);
        qt().withFixedSeed(20_261_207L).withExamples(1000).forAll(lists().of(integers().between(0, 13)).ofSizeBetween(0, 40))
                .checkAssert(outcomes -> reached.add(run(outcomes, pending)));
        return reached;
    }

    private static Status run(List<Integer> outcomes, Function<PlacementSaga, List<Compensation>> pending) {
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
            assertThat(pending.apply(saga)).isEqualTo(expected);
            if (before.isFinal()) {
                assertThat(saga.status()).as("over is over").isEqualTo(before);
            }
            assertThat(saga.status() != Status.RUNNING || saga.step().isPresent()).isTrue();
            assertThat(!saga.isDispatched() || saga.nextAttemptAt().isPresent()).as("dispatched work has a deadline").isTrue();
            assertThat(saga.isDispatched()).as("only running or compensating work is dispatched")
                    .isEqualTo(saga.isDispatched() && !saga.status().isAtRest());
        }
        return saga.status();
    }
}
