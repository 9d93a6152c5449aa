package io.orderservice.ordering.domain.saga;

import io.orderservice.shared.OrderId;
import java.time.Duration;
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
 * holds something (stock, money) pushes its compensation. A refusal, an operator's decision or a lapsed
 * payment retry window runs the compensations in reverse order; the saga ends {@code COMPLETED} or
 * {@code FAILED} with a reason.
 * <p>
 * Work (a step or a compensation) is <em>dispatched</em>: handed to whoever runs it, with a deadline in
 * {@link #nextAttemptAt()}. Work that fails for technical reasons, or is not done by its deadline, is
 * tried again after a doubling wait (not dispatched meanwhile, {@code nextAttemptAt} says when), and
 * after the policy's attempts the saga is parked for an operator. Outcomes that do not fit the current
 * state (a late duplicate) are refused with {@link IllegalSagaStateException}, so a redelivered step
 * cannot run a step twice. How patient the saga is ({@link SagaPolicy}) is configuration, passed in
 * where it matters, not stored.
 */
public final class PlacementSaga {

    public enum Step { SCREEN, RESERVE_STOCK, AUTHORISE_PAYMENT, CONFIRM }

    public enum Compensation { RELEASE_STOCK, VOID_PAYMENT }

    public enum Status {
        /** The order waits for an approver (a business customer's, or above a threshold) before anything runs. */
        AWAITING_APPROVAL,
        /** A step is dispatched or waits for its next attempt. */
        RUNNING,
        /** Fraud screening asked for a person's decision. */
        AWAITING_REVIEW,
        /** The payment waits for the customer to confirm it (3-D Secure style) until the deadline. */
        AWAITING_PAYMENT_ACTION,
        /** The payment was declined; the customer may pay another way until the deadline. */
        AWAITING_PAYMENT_RETRY,
        /** Undoing what was done, in reverse. */
        COMPENSATING,
        /** Out of attempts: waits for an operator to retry or abandon it. */
        PARKED,
        COMPLETED,
        FAILED;

        public boolean isFinal() {
            return this == COMPLETED || this == FAILED;
        }

        /** Nothing happens until someone (customer, gateway, operator, clock) acts. */
        public boolean isAtRest() {
            return this != RUNNING && this != COMPENSATING;
        }
    }

    private final OrderId orderId;
    private final Long version;
    private final Deque<Compensation> compensations;
    private Checkout checkout;
    private Status status;
    private Status parkedFrom;
    private Step step;
    private int attempts;
    private boolean dispatched;
    private Instant nextAttemptAt;
    private Instant paymentRetryUntil;
    private int paymentAttempt;
    private String failureReason;

    private PlacementSaga(OrderId orderId, Long version, Checkout checkout, Status status, Status parkedFrom, Step step,
                          List<Compensation> compensations, int attempts, boolean dispatched, Instant nextAttemptAt,
                          Instant paymentRetryUntil, int paymentAttempt, String failureReason) {
        this.orderId = Objects.requireNonNull(orderId, "orderId");
        this.version = version;
        this.checkout = Objects.requireNonNull(checkout, "checkout");
        this.status = Objects.requireNonNull(status, "status");
        this.parkedFrom = parkedFrom;
        this.step = step;
        this.compensations = new ArrayDeque<>(compensations);
        this.attempts = attempts;
        this.dispatched = dispatched;
        this.nextAttemptAt = nextAttemptAt;
        this.paymentRetryUntil = paymentRetryUntil;
        this.paymentAttempt = paymentAttempt;
        this.failureReason = failureReason;
    }

    /** A new placement, its first step (screening) dispatched. */
    public static PlacementSaga start(OrderId orderId, Checkout checkout, Instant now, SagaPolicy policy) {
        var saga = new PlacementSaga(orderId, null, checkout, Status.RUNNING, null, Step.SCREEN, List.of(), 0, false, null,
                null, 1, null);
        saga.dispatch(now, policy);
        return saga;
    }

    /** A new placement that waits for an approver's decision before its first step. */
    public static PlacementSaga startAwaitingApproval(OrderId orderId, Checkout checkout) {
        return new PlacementSaga(orderId, null, checkout, Status.AWAITING_APPROVAL, null, Step.SCREEN, List.of(), 0, false,
                null, null, 1, null);
    }

    /** A saga as stored; {@code compensations} in the order they will run (the most recent first). */
    public static PlacementSaga reconstitute(OrderId orderId, Long version, Checkout checkout, Status status,
                                             Status parkedFrom, Step step, List<Compensation> compensations, int attempts,
                                             boolean dispatched, Instant nextAttemptAt, Instant paymentRetryUntil,
                                             int paymentAttempt, String failureReason) {
        return new PlacementSaga(orderId, version, checkout, status, parkedFrom, step, compensations, attempts, dispatched,
                nextAttemptAt, paymentRetryUntil, paymentAttempt, failureReason);
    }

    // --- forward ---------------------------------------------------------------------------------

    public void stepSucceeded(Step done, Instant now, SagaPolicy policy) {
        if (done == Step.AUTHORISE_PAYMENT && status == Status.AWAITING_PAYMENT_ACTION) {
            status = Status.RUNNING;
        }
        requireRunning(done);
        switch (done) {
            case RESERVE_STOCK -> compensations.push(Compensation.RELEASE_STOCK);
            case AUTHORISE_PAYMENT -> compensations.push(Compensation.VOID_PAYMENT);
            default -> {
            }
        }
        attempts = 0;
        failureReason = null;
        if (done == Step.CONFIRM) {
            status = Status.COMPLETED;
            step = null;
            compensations.clear();
            dispatched = false;
            nextAttemptAt = null;
        } else {
            step = Step.values()[done.ordinal() + 1];
            dispatch(now, policy);
        }
    }

    /** The approver said yes: the placement starts with its first step. */
    public void approved(Instant now, SagaPolicy policy) {
        requireStatus(Status.AWAITING_APPROVAL);
        status = Status.RUNNING;
        dispatch(now, policy);
    }

    /** The approver said no: nothing was held, the placement fails. */
    public void approvalRejected(String reason, Instant now, SagaPolicy policy) {
        requireStatus(Status.AWAITING_APPROVAL);
        compensate(reason, now, policy);
    }

    /** Fraud screening wants a person to decide; the saga waits. */
    public void reviewRequired(String reasons) {
        requireRunning(Step.SCREEN);
        status = Status.AWAITING_REVIEW;
        failureReason = reasons;
        rest(null);
    }

    public void reviewApproved(Instant now, SagaPolicy policy) {
        requireStatus(Status.AWAITING_REVIEW);
        status = Status.RUNNING;
        step = Step.RESERVE_STOCK;
        attempts = 0;
        failureReason = null;
        dispatch(now, policy);
    }

    /** The payment waits for the customer's confirmation; its result arrives as news, or the window lapses. */
    public void paymentActionRequired(Instant now, SagaPolicy policy) {
        paymentActionRequired(now, policy, policy.paymentRetryWindow());
    }

    /**
     * As {@link #paymentActionRequired(Instant, SagaPolicy)}, holding the stock for {@code hold} ({@link UnpaidHoldPolicy});
     * none at all fails the placement now.
     */
    public void paymentActionRequired(Instant now, SagaPolicy policy, Duration hold) {
        requireRunning(Step.AUTHORISE_PAYMENT);
        if (hold.isZero()) {
            compensate("the payment waits for the customer's confirmation, and the order may not hold its stock meanwhile",
                    now, policy);
            return;
        }
        status = Status.AWAITING_PAYMENT_ACTION;
        rest(now.plus(hold));
    }

    /**
     * The payment was declined: the customer may pay another way for {@code hold} ({@link UnpaidHoldPolicy}), the stock
     * held meanwhile; none at all fails the placement now.
     */
    public void paymentDeclined(String reason, Instant now, SagaPolicy policy, Duration hold) {
        if (status == Status.AWAITING_PAYMENT_ACTION) {
            status = Status.RUNNING;
        }
        requireRunning(Step.AUTHORISE_PAYMENT);
        if (hold.isZero()) {
            compensate(reason, now, policy);
            return;
        }
        status = Status.AWAITING_PAYMENT_RETRY;
        paymentRetryUntil = now.plus(hold);
        failureReason = reason;
        rest(paymentRetryUntil);
    }

    /**
     * A step's answer was no (fraud rejected, out of stock, payment declined, a reviewer said no). A
     * declined payment may be retried by the customer within the policy's window, keeping the stock;
     * anything else fails the placement.
     */
    public void stepRefused(Step refused, String reason, Instant now, SagaPolicy policy) {
        if (status == Status.AWAITING_REVIEW && refused == Step.SCREEN) {
            compensate(reason, now, policy);
            return;
        }
        if (refused == Step.AUTHORISE_PAYMENT && status == Status.AWAITING_PAYMENT_ACTION) {
            status = Status.RUNNING;
        }
        requireRunning(refused);
        if (refused == Step.AUTHORISE_PAYMENT) {
            status = Status.AWAITING_PAYMENT_RETRY;
            paymentRetryUntil = now.plus(policy.paymentRetryWindow());
            failureReason = reason;
            rest(paymentRetryUntil);
            return;
        }
        compensate(reason, now, policy);
    }

    /** The customer pays another way within the window: a new payment attempt is dispatched. */
    public void paymentRetried(Checkout paidAnotherWay, Instant now, SagaPolicy policy) {
        requireStatus(Status.AWAITING_PAYMENT_RETRY);
        if (now.isAfter(paymentRetryUntil)) {
            throw new IllegalSagaStateException("the payment retry window of order " + orderId + " closed at " + paymentRetryUntil);
        }
        checkout = Objects.requireNonNull(paidAnotherWay, "paidAnotherWay");
        status = Status.RUNNING;
        step = Step.AUTHORISE_PAYMENT;
        attempts = 0;
        paymentAttempt++;
        paymentRetryUntil = null;
        failureReason = null;
        dispatch(now, policy);
    }

    // --- the clock -------------------------------------------------------------------------------

    /** Whether the clock has something to do with this saga now (see {@link #onDeadline}). */
    public boolean isDue(Instant now) {
        return nextAttemptAt != null && !now.isBefore(nextAttemptAt)
                && (status == Status.RUNNING || status == Status.COMPENSATING
                || status == Status.AWAITING_PAYMENT_RETRY || status == Status.AWAITING_PAYMENT_ACTION);
    }

    /**
     * The deadline passed: dispatched work that did not finish counts as a failed attempt; work waiting
     * out its backoff is dispatched again; a payment retry window that closed starts the compensation;
     * a payment confirmation the customer did not complete counts as a failed attempt of the payment step.
     * Returns whether work is dispatched now.
     */
    public boolean onDeadline(Instant now, SagaPolicy policy) {
        if (!isDue(now)) {
            throw new IllegalSagaStateException("order " + orderId + "'s placement has no deadline that passed");
        }
        switch (status) {
            case AWAITING_PAYMENT_RETRY -> compensate("payment not retried in time: " + failureReason, now, policy);
            case AWAITING_PAYMENT_ACTION -> {
                status = Status.RUNNING;
                attemptFailed("the customer did not complete the payment's confirmation in time", now, policy);
            }
            default -> {
                if (dispatched) {
                    attemptFailed(currentWork() + " did not finish in " + policy.stepTimeout(), now, policy);
                } else {
                    dispatch(now, policy);
                }
            }
        }
        return dispatched;
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
            rest(null);
        } else {
            rest(now.plus(policy.backoffAfter(attempts)));
        }
    }

    // --- backwards -------------------------------------------------------------------------------

    /** The compensation to run next, if compensating. */
    public Optional<Compensation> nextCompensation() {
        return status == Status.COMPENSATING ? Optional.ofNullable(compensations.peek()) : Optional.empty();
    }

    public void compensated(Compensation done, Instant now, SagaPolicy policy) {
        requireStatus(Status.COMPENSATING);
        if (compensations.peek() != done) {
            throw new IllegalSagaStateException("order " + orderId + " must " + compensations.peek() + " next, not " + done);
        }
        compensations.pop();
        attempts = 0;
        if (compensations.isEmpty()) {
            status = Status.FAILED;
            rest(null);
        } else {
            dispatch(now, policy);
        }
    }

    // --- operators -------------------------------------------------------------------------------

    /** An operator tries a parked saga again, from where it stopped. */
    public void retryParked(Instant now, SagaPolicy policy) {
        requireStatus(Status.PARKED);
        status = parkedFrom;
        parkedFrom = null;
        attempts = 0;
        dispatch(now, policy);
    }

    /**
     * An operator gives up on a placement that is stuck or waiting: undo what was done. A payment step that
     * may be under way (or waits for the customer) may yet authorise: its void is undone too, to be safe —
     * voiding a payment that holds nothing changes nothing.
     */
    public void abandon(String reason, Instant now, SagaPolicy policy) {
        if (status.isFinal() || status == Status.COMPENSATING) {
            throw new IllegalSagaStateException("order " + orderId + "'s placement is already " + status);
        }
        var at = status == Status.PARKED ? parkedFrom : status;
        if (step == Step.AUTHORISE_PAYMENT && (at == Status.RUNNING || at == Status.AWAITING_PAYMENT_ACTION)
                && !compensations.contains(Compensation.VOID_PAYMENT)) {
            compensations.push(Compensation.VOID_PAYMENT);
        }
        parkedFrom = null;
        compensate(reason, now, policy);
    }

    /** Whether the saga runs {@code at} that step: dispatched, or waiting out a backoff before its next attempt. */
    public boolean isRunning(Step at) {
        return status == Status.RUNNING && step == at;
    }

    /** Whether an authorisation the payment step obtained now would be unwanted (the saga gave up meanwhile). */
    public boolean givesUpPayments() {
        return status == Status.COMPENSATING || status == Status.FAILED;
    }

    // ---------------------------------------------------------------------------------------------

    private void compensate(String reason, Instant now, SagaPolicy policy) {
        failureReason = reason;
        step = null;
        attempts = 0;
        paymentRetryUntil = null;
        if (compensations.isEmpty()) {
            status = Status.FAILED;
            rest(null);
        } else {
            status = Status.COMPENSATING;
            dispatch(now, policy);
        }
    }

    private void dispatch(Instant now, SagaPolicy policy) {
        dispatched = true;
        nextAttemptAt = now.plus(policy.stepTimeout());
    }

    private void rest(Instant until) {
        dispatched = false;
        nextAttemptAt = until;
    }

    private String currentWork() {
        return status == Status.COMPENSATING ? String.valueOf(compensations.peek()) : String.valueOf(step);
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
    public Checkout checkout() { return checkout; }
    public Status status() { return status; }
    public Status parkedFrom() { return parkedFrom; }
    public Optional<Step> step() { return Optional.ofNullable(step); }
    public List<Compensation> pendingCompensations() { return List.copyOf(new ArrayList<>(compensations)); }
    public int attempts() { return attempts; }
    /** Whether work is handed out and {@link #nextAttemptAt()} is its deadline. */
    public boolean isDispatched() { return dispatched; }
    public Optional<Instant> nextAttemptAt() { return Optional.ofNullable(nextAttemptAt); }
    public Optional<Instant> paymentRetryUntil() { return Optional.ofNullable(paymentRetryUntil); }
    /** Which payment attempt of this order the payment step makes: 1, then one more per customer retry. */
    public int paymentAttempt() { return paymentAttempt; }
    public Optional<String> failureReason() { return Optional.ofNullable(failureReason); }
}
