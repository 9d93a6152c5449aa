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
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PlacementSagaTest {

    static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    static final SagaPolicy POLICY = new SagaPolicy(3, Duration.ofSeconds(2), Duration.ofMinutes(30));

    static PlacementSaga started() {
        return PlacementSaga.start(OrderId.newId(), NOW);
    }

    @Test
    void aSmoothPlacementRunsEveryStepAndKeepsNothingToUndo() {
        var saga = started();
        for (var step : PlacementSaga.Step.values()) {
            saga.stepSucceeded(step, NOW);
        }

        assertThat(saga.status()).isEqualTo(Status.COMPLETED);
        assertThat(saga.pendingCompensations()).isEmpty();
    }

    @Test
    void aDeclinedPaymentWaitsForARetryWithTheStockKept() {
        var saga = started();
        saga.stepSucceeded(SCREEN, NOW);
        saga.stepSucceeded(RESERVE_STOCK, NOW);
        saga.stepRefused(AUTHORISE_PAYMENT, "card_declined", NOW, POLICY);

        assertThat(saga.status()).isEqualTo(Status.AWAITING_PAYMENT_RETRY);
        assertThat(saga.paymentRetryUntil()).contains(NOW.plus(Duration.ofMinutes(30)));
        assertThat(saga.pendingCompensations()).containsExactly(RELEASE_STOCK);

        saga.paymentRetried(NOW.plus(Duration.ofMinutes(5)));
        saga.stepSucceeded(AUTHORISE_PAYMENT, NOW);
        saga.stepSucceeded(CONFIRM, NOW);
        assertThat(saga.status()).isEqualTo(Status.COMPLETED);
    }

    @Test
    void aLapsedRetryWindowReleasesTheStockAndFails() {
        var saga = started();
        saga.stepSucceeded(SCREEN, NOW);
        saga.stepSucceeded(RESERVE_STOCK, NOW);
        saga.stepRefused(AUTHORISE_PAYMENT, "card_declined", NOW, POLICY);
        var later = NOW.plus(Duration.ofMinutes(31));

        assertThatThrownBy(() -> saga.paymentRetried(later)).isInstanceOf(IllegalSagaStateException.class);
        assertThat(saga.paymentRetryWindowClosed(later)).isTrue();
        saga.paymentRetryLapsed(later);
        assertThat(saga.nextCompensation()).contains(RELEASE_STOCK);
        saga.compensated(RELEASE_STOCK, later);

        assertThat(saga.status()).isEqualTo(Status.FAILED);
        assertThat(saga.failureReason()).contains("payment not retried in time: card_declined");
    }

    @Test
    void aFailureAfterThePaymentUndoesTheMostRecentFirst() {
        var saga = started();
        saga.stepSucceeded(SCREEN, NOW);
        saga.stepSucceeded(RESERVE_STOCK, NOW);
        saga.stepSucceeded(AUTHORISE_PAYMENT, NOW);
        saga.abandon("operator cancelled", NOW);

        assertThat(saga.pendingCompensations()).containsExactly(VOID_PAYMENT, RELEASE_STOCK);
        assertThatThrownBy(() -> saga.compensated(RELEASE_STOCK, NOW)).isInstanceOf(IllegalSagaStateException.class);
        saga.compensated(VOID_PAYMENT, NOW);
        saga.compensated(RELEASE_STOCK, NOW);
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
        saga.retryParked(NOW);
        assertThat(saga.status()).isEqualTo(Status.RUNNING);
        assertThat(saga.step()).contains(SCREEN);
        assertThat(saga.attempts()).isZero();
    }

    @Test
    void aReviewHoldsThePlacementUntilSomeoneDecides() {
        var approved = started();
        approved.reviewRequired(NOW);
        assertThat(approved.status()).isEqualTo(Status.AWAITING_REVIEW);
        approved.reviewApproved(NOW);
        assertThat(approved.step()).contains(RESERVE_STOCK);

        var rejected = started();
        rejected.reviewRequired(NOW);
        rejected.stepRefused(SCREEN, "fraud rejected by a reviewer", NOW, POLICY);
        assertThat(rejected.status()).as("nothing was held, nothing to undo").isEqualTo(Status.FAILED);
    }

    @Test
    void aRedeliveredStepCannotRunTwice() {
        var saga = started();
        saga.stepSucceeded(SCREEN, NOW);

        assertThatThrownBy(() -> saga.stepSucceeded(SCREEN, NOW)).isInstanceOf(IllegalSagaStateException.class)
                .hasMessageContaining("is at RESERVE_STOCK, not SCREEN");
    }
}
