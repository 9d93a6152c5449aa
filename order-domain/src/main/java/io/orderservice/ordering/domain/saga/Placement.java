package io.orderservice.ordering.domain.saga;

import io.orderservice.ordering.domain.Actor;
import io.orderservice.ordering.domain.Order;
import io.orderservice.ordering.domain.saga.PlacementOutcome.Abandoned;
import io.orderservice.ordering.domain.saga.PlacementOutcome.ApprovalDecided;
import io.orderservice.ordering.domain.saga.PlacementOutcome.AttemptFailed;
import io.orderservice.ordering.domain.saga.PlacementOutcome.Compensated;
import io.orderservice.ordering.domain.saga.PlacementOutcome.Confirmed;
import io.orderservice.ordering.domain.saga.PlacementOutcome.DeadlinePassed;
import io.orderservice.ordering.domain.saga.PlacementOutcome.HoldLapsed;
import io.orderservice.ordering.domain.saga.PlacementOutcome.ParkedRetried;
import io.orderservice.ordering.domain.saga.PlacementOutcome.PaymentAuthorised;
import io.orderservice.ordering.domain.saga.PlacementOutcome.PaymentDeclined;
import io.orderservice.ordering.domain.saga.PlacementOutcome.PaymentNeedsAction;
import io.orderservice.ordering.domain.saga.PlacementOutcome.PaymentReported;
import io.orderservice.ordering.domain.saga.PlacementOutcome.PaymentRetried;
import io.orderservice.ordering.domain.saga.PlacementOutcome.ReviewDecided;
import io.orderservice.ordering.domain.saga.PlacementOutcome.Screened;
import io.orderservice.ordering.domain.saga.PlacementOutcome.StockReserved;
import io.orderservice.ordering.domain.saga.PlacementOutcome.StockShort;
import io.orderservice.ordering.domain.saga.PlacementSaga.Status;
import io.orderservice.ordering.domain.saga.PlacementSaga.Step;
import io.orderservice.ordering.domain.status.OrderAction;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The placement's process manager (ADR 0029): given what happened, it moves the saga and its order together and says
 * whether the placement was refused. The saga knows the steps and their order; this knows what an outcome means for the
 * order, and the rules that bind the two: an order ended by someone else makes the placement give back what it holds,
 * and a placement that failed leaves its order in a final status.
 * <p>
 * The order is read through a supplier, only when an outcome needs it: most steps change the saga alone.
 */
public final class Placement {

    /** What an outcome did to the placement. */
    public enum Verdict {
        /** The placement went on (or came to rest) as the outcome says. */
        PROCEEDED,
        /** The outcome said no to the order: the customer is told why. */
        REFUSED,
        /** The order had ended outside its placement: the saga gives back what it holds instead. */
        ORDER_ENDED,
        /** News the placement does not wait for: nothing changed, nothing is stored. */
        IGNORED
    }

    /** @param parked whether this outcome parked the saga for an operator */
    public record Decision(Verdict verdict, boolean parked) {

        public boolean changed() {
            return verdict != Verdict.IGNORED;
        }
    }

    private final PlacementSaga saga;
    private final Supplier<Order> order;
    private final SagaPolicy policy;

    /** The payment reference of an order a return pays in full (an exchange's replacement): no gateway holds anything. */
    public static final String PAID_BY_RETURN = "paid-by-return";

    public Placement(PlacementSaga saga, Supplier<Order> order, SagaPolicy policy) {
        this.saga = Objects.requireNonNull(saga, "saga");
        this.order = Objects.requireNonNull(order, "order");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    public Decision on(PlacementOutcome outcome, Instant now) {
        var parkedBefore = saga.status() == Status.PARKED;
        Verdict verdict;
        if (outcome.fromOutside() && orderEndedOutside()) {
            saga.abandon("the order was " + order.get().status() + " during its placement", now, policy);
            verdict = Verdict.ORDER_ENDED;
        } else {
            verdict = apply(outcome, now);
        }
        if (verdict != Verdict.IGNORED && saga.status() == Status.FAILED && !order.get().status().isFinal()) {
            order.get().cancel(saga.failureReason().orElse("placement failed"), Actor.system(), now);
        }
        return new Decision(verdict, !parkedBefore && saga.status() == Status.PARKED);
    }

    /** Whether the placement waits for news of its payment, and the order may still be paid. */
    public boolean awaitsPayment() {
        return order.get().status().allowedActions().contains(OrderAction.AUTHORISE_PAYMENT)
                && saga.step().orElse(null) == Step.AUTHORISE_PAYMENT
                && (saga.status() == Status.RUNNING || saga.status() == Status.AWAITING_PAYMENT_ACTION);
    }

    public PlacementSaga saga() {
        return saga;
    }

    /** Someone ended the order (cancelled it) while its saga still holds something for it. */
    private boolean orderEndedOutside() {
        return order.get().status().isFinal() && !saga.status().isFinal() && saga.status() != Status.COMPENSATING;
    }

    private Verdict apply(PlacementOutcome outcome, Instant now) {
        if (outcome instanceof Screened screened) {
            return screened(screened, now);
        }
        if (outcome instanceof StockReserved reserved) {
            saga.stepSucceeded(Step.RESERVE_STOCK, now, policy);
            // An exchange's return that pays all of the order leaves nothing to authorise.
            return reserved.nothingToPay() ? apply(new PaymentAuthorised(PAID_BY_RETURN), now) : Verdict.PROCEEDED;
        }
        if (outcome instanceof StockShort shortOf) {
            saga.stepRefused(Step.RESERVE_STOCK, shortOf.why(), now, policy);
            order.get().reject(shortOf.why(), Actor.system(), now);
            return Verdict.REFUSED;
        }
        if (outcome instanceof PaymentAuthorised authorised) {
            saga.stepSucceeded(Step.AUTHORISE_PAYMENT, now, policy);
            order.get().authorisePayment(authorised.reference(), Actor.system(), now);
            return Verdict.PROCEEDED;
        }
        if (outcome instanceof PaymentNeedsAction needsAction) {
            saga.paymentActionRequired(now, policy, needsAction.hold());
            if (needsAction.hold().isZero()) {
                order.get().failPayment(needsAction.whyNotKept(), Actor.system(), now);
                return Verdict.REFUSED;
            }
            return Verdict.PROCEEDED;
        }
        if (outcome instanceof PaymentDeclined declined) {
            saga.paymentDeclined(declined.why(), now, policy, declined.hold());
            order.get().failPayment(declined.why(), Actor.system(), now);
            return Verdict.REFUSED;
        }
        if (outcome instanceof Confirmed confirmed) {
            confirmed.dropShips().forEach(group -> order.get().requestDropShip(group.supplier(), group.lines(), now));
            if (!confirmed.waiting().isEmpty()) {
                order.get().followStock(confirmed.waiting(), Actor.system(), now);
            }
            saga.stepSucceeded(Step.CONFIRM, now, policy);
            return Verdict.PROCEEDED;
        }
        if (outcome instanceof HoldLapsed lapsed) {
            saga.stepRefused(Step.CONFIRM, "the stock hold expired and " + lapsed.why(), now, policy);
            return Verdict.REFUSED;
        }
        if (outcome instanceof Compensated compensated) {
            saga.compensated(compensated.done(), now, policy);
            return Verdict.PROCEEDED;
        }
        if (outcome instanceof AttemptFailed failed) {
            saga.attemptFailed(failed.error(), now, policy);
            return Verdict.PROCEEDED;
        }
        return decided(outcome, now);
    }

    private Verdict screened(Screened screened, Instant now) {
        var assessment = screened.assessment();
        switch (assessment.decision()) {
            case ACCEPT -> {
                saga.stepSucceeded(Step.SCREEN, now, policy);
                return Verdict.PROCEEDED;
            }
            case REVIEW -> {
                saga.reviewRequired("fraud review, score " + assessment.score() + ": " + assessment.reasons());
                order.get().hold("held for review", Actor.system(), now);
                return Verdict.PROCEEDED;
            }
            default -> {
                saga.stepRefused(Step.SCREEN, "rejected by fraud screening, score " + assessment.score() + ": "
                        + assessment.reasons(), now, policy);
                order.get().reject("not accepted", Actor.system(), now);
                return Verdict.REFUSED;
            }
        }
    }

    /** News from outside the run: a person's decision, the payment's news, the clock. */
    private Verdict decided(PlacementOutcome outcome, Instant now) {
        if (outcome instanceof PaymentReported reported) {
            return awaitsPayment() ? apply(reported.payment(), now) : Verdict.IGNORED;
        }
        if (outcome instanceof ReviewDecided review) {
            if (review.approved()) {
                saga.reviewApproved(now, policy);
                order.get().releaseHold(review.reviewer(), now);
                return Verdict.PROCEEDED;
            }
            saga.stepRefused(Step.SCREEN, "rejected by " + review.reviewer().id() + ": " + review.reason(), now, policy);
            order.get().reject("not accepted", review.reviewer(), now);
            return Verdict.REFUSED;
        }
        if (outcome instanceof ApprovalDecided approval) {
            if (approval.approved()) {
                saga.approved(now, policy);
                order.get().approve(approval.approver(), now);
            } else {
                saga.approvalRejected("approval rejected by " + approval.approver().id() + ": " + approval.reason(), now,
                        policy);
                order.get().rejectApproval(approval.reason(), approval.approver(), now);
            }
            return Verdict.PROCEEDED;
        }
        if (outcome instanceof PaymentRetried retried) {
            saga.paymentRetried(retried.paidAnotherWay(), now, policy);
            order.get().retryPayment(Actor.customer(order.get().customerId().value()), now);
            return Verdict.PROCEEDED;
        }
        if (outcome instanceof ParkedRetried) {
            saga.retryParked(now, policy);
            return Verdict.PROCEEDED;
        }
        if (outcome instanceof Abandoned abandoned) {
            saga.abandon(abandoned.reason(), now, policy);
            return Verdict.PROCEEDED;
        }
        if (outcome instanceof DeadlinePassed) {
            saga.onDeadline(now, policy);
            return Verdict.PROCEEDED;
        }
        throw new IllegalArgumentException("unknown outcome " + outcome);
    }
}
