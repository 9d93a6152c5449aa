package io.orderservice.ordering.domain.saga;

import static io.orderservice.ordering.domain.saga.PlacementSaga.Compensation.RELEASE_STOCK;
import static io.orderservice.ordering.domain.saga.PlacementSaga.Compensation.VOID_PAYMENT;
import static io.orderservice.ordering.domain.saga.PlacementSaga.Step.AUTHORISE_PAYMENT;
import static io.orderservice.ordering.domain.saga.PlacementSaga.Step.CONFIRM;
import static io.orderservice.ordering.domain.saga.PlacementSaga.Step.RESERVE_STOCK;
import static io.orderservice.ordering.domain.saga.PlacementSaga.Step.SCREEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderservice.ordering.domain.saga.PlacementSaga.Status;
import io.orderservice.shared.OrderId;
import io.orderservice.shared.PaymentMethodType;
import io.orderservice.shared.PaymentToken;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PlacementSagaTest {

    static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    static final SagaPolicy POLICY = new SagaPolicy(3, Duration.ofSeconds(2), Duration.ofSeconds(10), Duration.ofMinutes(30));

    static final Checkout CHECKOUT = new Checkout(PaymentMethodType.CARD, new PaymentToken("tok_approve"), null, "DE", "203.0.113.9");

    static PlacementSaga started() {
        return PlacementSaga.start(OrderId.newId(), CHECKOUT, NOW, POLICY);
    }

    @Test
    void aSmoothPlacementRunsEveryStepAndKeepsNothingToUndo() {
        var saga = started();
        for (var step : PlacementSaga.Step.values()) {
            saga.stepSucceeded(step, NOW, POLICY);
        }

        assertThat(saga.status()).isEqualTo(Status.COMPLETED);
        assertThat(saga.pendingCompensations()).isEmpty();
    }

    @Test
    void aDeclinedPaymentWaitsForARetryWithTheStockKept() {
        var saga = started();
        saga.stepSucceeded(SCREEN, NOW, POLICY);
        saga.stepSucceeded(RESERVE_STOCK, NOW, POLICY);
        saga.stepRefused(AUTHORISE_PAYMENT, "card_declined", NOW, POLICY);

        assertThat(saga.status()).isEqualTo(Status.AWAITING_PAYMENT_RETRY);
        assertThat(saga.paymentRetryUntil()).contains(NOW.plus(Duration.ofMinutes(30)));
        assertThat(saga.pendingCompensations()).containsExactly(RELEASE_STOCK);

        saga.paymentRetried(CHECKOUT.payingWith(PaymentMethodType.WALLET, new PaymentToken("tok_wallet"), null), NOW.plus(Duration.ofMinutes(5)), POLICY);
        assertThat(saga.paymentAttempt()).isEqualTo(2);
        saga.stepSucceeded(AUTHORISE_PAYMENT, NOW, POLICY);
        saga.stepSucceeded(CONFIRM, NOW, POLICY);
        assertThat(saga.status()).isEqualTo(Status.COMPLETED);
    }

    @Test
    void aLapsedRetryWindowReleasesTheStockAndFails() {
        var saga = started();
        saga.stepSucceeded(SCREEN, NOW, POLICY);
        saga.stepSucceeded(RESERVE_STOCK, NOW, POLICY);
        saga.stepRefused(AUTHORISE_PAYMENT, "card_declined", NOW, POLICY);
        var later = NOW.plus(Duration.ofMinutes(31));

        assertThatThrownBy(() -> saga.paymentRetried(CHECKOUT, later, POLICY)).isInstanceOf(IllegalSagaStateException.class);
        assertThat(saga.isDue(later)).isTrue();
        assertThat(saga.onDeadline(later, POLICY)).as("the compensation is dispatched").isTrue();
        assertThat(saga.nextCompensation()).contains(RELEASE_STOCK);
        saga.compensated(RELEASE_STOCK, later, POLICY);

        assertThat(saga.status()).isEqualTo(Status.FAILED);
        assertThat(saga.failureReason()).contains("payment not retried in time: card_declined");
    }

    @Test
    void aFailureAfterThePaymentUndoesTheMostRecentFirst() {
        var saga = started();
        saga.stepSucceeded(SCREEN, NOW, POLICY);
        saga.stepSucceeded(RESERVE_STOCK, NOW, POLICY);
        saga.stepSucceeded(AUTHORISE_PAYMENT, NOW, POLICY);
        saga.abandon("operator cancelled", NOW, POLICY);

        assertThat(saga.pendingCompensations()).containsExactly(VOID_PAYMENT, RELEASE_STOCK);
        assertThatThrownBy(() -> saga.compensated(RELEASE_STOCK, NOW, POLICY)).isInstanceOf(IllegalSagaStateException.class);
        saga.compensated(VOID_PAYMENT, NOW, POLICY);
        saga.compensated(RELEASE_STOCK, NOW, POLICY);
        assertThat(saga.status()).isEqualTo(Status.FAILED);
    }

    @Test
    void technicalFailuresBackOffThenParkAndAnOperatorResumes() {
        var saga = started();
        saga.attemptFailed("fraud service timed out", NOW, POLICY);
        assertThat(saga.nextAttemptAt()).contains(NOW.plusSeconds(2));
        saga.attemptFailed("fraud service timed out", NOW, POLICY);
        assertThat(saga.nextAttemptAt()).contains(NOW.plusSeconds(4));
        saga.attemptFailed("fraud service timed out", NOW, POLICY);

        assertThat(saga.status()).isEqualTo(Status.PARKED);
        assertThat(saga.isDue(NOW.plus(Duration.ofDays(365)))).as("parked waits for an operator").isFalse();
        saga.retryParked(NOW, POLICY);
        assertThat(saga.status()).isEqualTo(Status.RUNNING);
        assertThat(saga.step()).contains(SCREEN);
        assertThat(saga.attempts()).isZero();
    }

    @Test
    void aReviewHoldsThePlacementUntilSomeoneDecides() {
        var approved = started();
        approved.reviewRequired("score 60");
        assertThat(approved.status()).isEqualTo(Status.AWAITING_REVIEW);
        approved.reviewApproved(NOW, POLICY);
        assertThat(approved.step()).contains(RESERVE_STOCK);

        var rejected = started();
        rejected.reviewRequired("score 60");
        rejected.stepRefused(SCREEN, "fraud rejected by a reviewer", NOW, POLICY);
        assertThat(rejected.status()).as("nothing was held, nothing to undo").isEqualTo(Status.FAILED);
    }

    @Test
    void aRedeliveredStepCannotRunTwice() {
        var saga = started();
        saga.stepSucceeded(SCREEN, NOW, POLICY);

        assertThatThrownBy(() -> saga.stepSucceeded(SCREEN, NOW, POLICY)).isInstanceOf(IllegalSagaStateException.class)
                .hasMessageContaining("is at RESERVE_STOCK, not SCREEN");
    }

    @Test
    void workIsDispatchedWithADeadlineAndAMissedDeadlineCountsAsAFailedAttempt() {
        var saga = started();
        assertThat(saga.isDispatched()).isTrue();
        assertThat(saga.nextAttemptAt()).contains(NOW.plusSeconds(10));
        assertThat(saga.isDue(NOW.plusSeconds(9))).isFalse();

        assertThat(saga.onDeadline(NOW.plusSeconds(10), POLICY)).as("waits out its backoff first").isFalse();
        assertThat(saga.attempts()).isEqualTo(1);
        assertThat(saga.failureReason()).contains("SCREEN did not finish in PT10S");
        assertThat(saga.nextAttemptAt()).contains(NOW.plusSeconds(12));

        assertThat(saga.onDeadline(NOW.plusSeconds(12), POLICY)).as("then it is dispatched again").isTrue();
        assertThat(saga.step()).contains(SCREEN);
        assertThat(saga.nextAttemptAt()).contains(NOW.plusSeconds(22));
    }

    @Test
    void aPaymentAwaitingTheCustomersConfirmationMovesOnWithItsNewsOrCountsAsAFailedAttemptWhenTheWindowCloses() {
        var confirmed = started();
        confirmed.stepSucceeded(SCREEN, NOW, POLICY);
        confirmed.stepSucceeded(RESERVE_STOCK, NOW, POLICY);
        confirmed.paymentActionRequired(NOW, POLICY);
        assertThat(confirmed.status()).isEqualTo(Status.AWAITING_PAYMENT_ACTION);
        assertThat(confirmed.status().isAtRest()).isTrue();
        confirmed.stepSucceeded(AUTHORISE_PAYMENT, NOW, POLICY);
        assertThat(confirmed.step()).contains(CONFIRM);

        var abandoned = started();
        abandoned.stepSucceeded(SCREEN, NOW, POLICY);
        abandoned.stepSucceeded(RESERVE_STOCK, NOW, POLICY);
        abandoned.paymentActionRequired(NOW, POLICY);
        assertThat(abandoned.onDeadline(NOW.plus(Duration.ofMinutes(30)), POLICY)).isFalse();
        assertThat(abandoned.status()).isEqualTo(Status.RUNNING);
        assertThat(abandoned.attempts()).isEqualTo(1);
        assertThat(abandoned.failureReason()).hasValueSatisfying(reason -> assertThat(reason).contains("confirmation"));
    }

    @Test
    void abandoningAPaymentStepThatMayBeUnderWayVoidsWhatItMightYetAuthorise() {
        var saga = started();
        saga.stepSucceeded(SCREEN, NOW, POLICY);
        saga.stepSucceeded(RESERVE_STOCK, NOW, POLICY);

        saga.abandon("customer called", NOW, POLICY);

        assertThat(saga.pendingCompensations()).containsExactly(VOID_PAYMENT, RELEASE_STOCK);
        assertThat(saga.givesUpPayments()).isTrue();
    }

    @Test
    void anOrderAwaitingApprovalRunsNothingUntilApprovedAndFailsWhenRejected() {
        var approved = PlacementSaga.startAwaitingApproval(OrderId.newId(), CHECKOUT);
        assertThat(approved.isDispatched()).isFalse();
        assertThat(approved.status().isAtRest()).isTrue();
        assertThat(approved.isDue(NOW.plus(Duration.ofDays(30)))).isFalse();
        approved.approved(NOW, POLICY);
        assertThat(approved.status()).isEqualTo(Status.RUNNING);
        assertThat(approved.step()).contains(SCREEN);
        assertThat(approved.isDispatched()).isTrue();

        var rejected = PlacementSaga.startAwaitingApproval(OrderId.newId(), CHECKOUT);
        rejected.approvalRejected("over budget", NOW, POLICY);
        assertThat(rejected.status()).isEqualTo(Status.FAILED);
        assertThatThrownBy(() -> rejected.approved(NOW, POLICY)).isInstanceOf(IllegalSagaStateException.class);
    }
}
