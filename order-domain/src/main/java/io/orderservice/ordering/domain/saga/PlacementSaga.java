package io.orderservice.ordering.domain.saga;

import io.orderservice.shared.OrderId;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where an order's placement stands, persisted so that it survives a crash (ADR 0014): which step runs
 * next, what has to be undone if the placement fails, and how often the current step was tried.
 * <p>
 * Steps run forward — screen for fraud, reserve stock, authorise payment, confirm — and each one that
 * holds something (stock, money) pushes its compensation. A refusal or an exhausted retry budget runs
 * the compensations in reverse order; the saga ends {@code COMPLETED} or {@code FAILED} with a reason.
 * Outcomes that do not fit the current state (a late duplicate) are refused with
 * {@link IllegalSagaStateException}, so a redelivered step event cannot run a step twice. How patient
 * the saga is ({@link SagaPolicy}) is configuration, passed in where it matters, not stored.
 */
public final class PlacementSaga {

    public enum Step { SCREEN, RESERVE_STOCK, AUTHORISE_PAYMENT, CONFIRM }

    public enum Compensation { RELEASE_STOCK, VOID_PAYMENT }

    public enum Status {
        RUNNING, AWAITING_REVIEW, AWAITING_PAYMENT_RETRY, COMPENSATING, PARKED, COMPLETED, FAILED;

        public boolean isFinal() {
            return this == COMPLETED || this == FAILED;
        }
    }

    private final OrderId orderId;
    private final Long version;
    private final Deque<Compensation> compensations;
    private Status status;
    private Status parkedFrom;
    private Step step;
    private int attempts;
    private Instant nextAttemptAt;
    private Instant paymentRetryUntil;
    private String failureReason;

    private PlacementSaga(OrderId orderId, Long version, Status status, Status parkedFrom, Step step,
                          List<Compensation> compensations, int attempts, Instant nextAttemptAt, Instant paymentRetryUntil,
                          String failureReason) {
        this.orderId = Objects.requireNonNull(orderId, "orderId");
        this.version = version;
        this.status = Objects.requireNonNull(status, "status");
        this.parkedFrom = parkedFrom;
        this.step = step;
        this.compensations = new ArrayDeque<>(compensations);
        this.attempts = attempts;
        this.nextAttemptAt = nextAttemptAt;
        this.paymentRetryUntil = paymentRetryUntil;
        this.failureReason = failureReason;
    }

    public static PlacementSaga start(OrderId orderId, Instant now) {
        return new PlacementSaga(orderId, null, Status.RUNNING, null, Step.SCREEN, List.of(), 0, now, null, null);
    }

    /** A saga as stored; {@code compensations} in the order they will run (the most recent first). */
    public static PlacementSaga reconstitute(OrderId orderId, Long version, Status status, Status parkedFrom,
                                             Step step, List<Compensation> compensations, int attempts, Instant nextAttemptAt,
                                             Instant paymentRetryUntil, String failureReason) {
        return new PlacementSaga(orderId, version, status, parkedFrom, step, compensations, attempts, nextAttemptAt,
                paymentRetryUntil, failureReason);
    }

    // --- forward ---------------------------------------------------------------------------------

    public void stepSucceeded(Step done, Instant now) {
        requireRunning(done);
        switch (done) {
            case RESERVE_STOCK -> compensations.push(Compensation.RELEASE_STOCK);
            case AUTHORISE_PAYMENT -> compensations.push(Compensation.VOID_PAYMENT);
            default -> {
            }
        }
        if (done == Step.CONFIRM) {
            status = Status.COMPLETED;
            step = null;
            compensations.clear();
            nextAttemptAt = null;
        } else {
            step = Step.values()[done.ordinal() + 1];
            attempts = 0;
            nextAttemptAt = now;
        }
    }

    /** Fraud screening wants a person to decide; the saga waits. */
    public void reviewRequired(Instant now) {
        requireRunning(Step.SCREEN);
        status = Status.AWAITING_REVIEW;
        nextAttemptAt = null;
    }

    public void reviewApproved(Instant now) {
        requireStatus(Status.AWAITING_REVIEW);
        status = Status.RUNNING;
        step = Step.RESERVE_STOCK;
        attempts = 0;
        nextAttemptAt = now;
    }

    /**
     * A step's answer was no (fraud rejected, out of stock, payment declined). A declined payment may
     * be retried by the customer within the policy's window, keeping the stock; anything else fails
     * the placement.
     */
    public void stepRefused(Step refused, String reason, Instant now, SagaPolicy policy) {
        if (status == Status.AWAITING_REVIEW && refused == Step.SCREEN) {
            compensate(reason, now);
            return;
        }
        requireRunning(refused);
        if (refused == Step.AUTHORISE_PAYMENT) {
            status = Status.AWAITING_PAYMENT_RETRY;
            paymentRetryUntil = now.plus(policy.paymentRetryWindow());
            failureReason = reason;
            nextAttemptAt = paymentRetryUntil;
            return;
        }
        compensate(reason, now);
    }

    /** The customer tries another payment method within the window. */
    public void paymentRetried(Instant now) {
        requireStatus(Status.AWAITING_PAYMENT_RETRY);
        if (now.isAfter(paymentRetryUntil)) {
            throw new IllegalSagaStateException("the payment retry window of order " + orderId + " closed at " + paymentRetryUntil);
        }
        status = Status.RUNNING;
        step = Step.AUTHORISE_PAYMENT;
        attempts = 0;
        failureReason = null;
        nextAttemptAt = now;
    }

    /** Whether the customer's time to retry the payment is up (then {@link #paymentRetryLapsed} applies). */
    public boolean paymentRetryWindowClosed(Instant now) {
        return status == Status.AWAITING_PAYMENT_RETRY && now.isAfter(paymentRetryUntil);
    }

    public void paymentRetryLapsed(Instant now) {
        if (!paymentRetryWindowClosed(now)) {
            throw new IllegalSagaStateException("order " + orderId + " is not past a payment retry window");
        }
        compensate("payment not retried in time: " + failureReason, now);
    }

    /**
     * A step or a compensation failed for a technical reason (a timeout, a gateway away): try again
     * later with doubling waits; after the policy's attempts, park the saga for an operator.
     */
    public void attemptFailed(String error, Instant now, SagaPolicy policy) {
        if (status != Status.RUNNING && status != Status.COMPENSATING) {
            throw new IllegalSagaStateException("order " + orderId + "'s placement is " + status + ", nothing is being tried");
        }
        attempts++;
        failureReason = error;
        if (attempts >= policy.maxAttempts()) {
            parkedFrom = status;
            status = Status.PARKED;
            nextAttemptAt = null;
        } else {
            nextAttemptAt = now.plus(policy.backoffAfter(attempts));
        }
    }

    // --- backwards -------------------------------------------------------------------------------

    /** The compensation to run next, if compensating. */
    public Optional<Compensation> nextCompensation() {
        return status == Status.COMPENSATING ? Optional.ofNullable(compensations.peek()) : Optional.empty();
    }

    public void compensated(Compensation done, Instant now) {
        requireStatus(Status.COMPENSATING);
        if (compensations.peek() != done) {
            throw new IllegalSagaStateException("order " + orderId + " must " + compensations.peek() + " next, not " + done);
        }
        compensations.pop();
        attempts = 0;
        nextAttemptAt = now;
        if (compensations.isEmpty()) {
            status = Status.FAILED;
            nextAttemptAt = null;
        }
    }

    // --- operators -------------------------------------------------------------------------------

    /** An operator tries a parked saga again, from where it stopped. */
    public void retryParked(Instant now) {
        requireStatus(Status.PARKED);
        status = parkedFrom;
        parkedFrom = null;
        attempts = 0;
        nextAttemptAt = now;
    }

    /** An operator gives up on a placement that is stuck or waiting: undo what was done. */
    public void abandon(String reason, Instant now) {
        if (status.isFinal() || status == Status.COMPENSATING) {
            throw new IllegalSagaStateException("order " + orderId + "'s placement is already " + status);
        }
        parkedFrom = null;
        compensate(reason, now);
    }

    private void compensate(String reason, Instant now) {
        failureReason = reason;
        step = null;
        attempts = 0;
        paymentRetryUntil = null;
        status = compensations.isEmpty() ? Status.FAILED : Status.COMPENSATING;
        nextAttemptAt = status == Status.FAILED ? null : now;
    }

    private void requireRunning(Step expected) {
        requireStatus(Status.RUNNING);
        if (step != expected) {
            throw new IllegalSagaStateException("order " + orderId + "'s placement is at " + step + ", not " + expected);
        }
    }

    private void requireStatus(Status expected) {
        if (status != expected) {
            throw new IllegalSagaStateException("order " + orderId + "'s placement is " + status + ", not " + expected);
        }
    }

    public OrderId orderId() { return orderId; }
    public Long version() { return version; }
    public Status status() { return status; }
    public Status parkedFrom() { return parkedFrom; }
    public Optional<Step> step() { return Optional.ofNullable(step); }
    public List<Compensation> pendingCompensations() { return List.copyOf(new ArrayList<>(compensations)); }
    public int attempts() { return attempts; }
    public Optional<Instant> nextAttemptAt() { return Optional.ofNullable(nextAttemptAt); }
    public Optional<Instant> paymentRetryUntil() { return Optional.ofNullable(paymentRetryUntil); }
    public Optional<String> failureReason() { return Optional.ofNullable(failureReason); }
}
