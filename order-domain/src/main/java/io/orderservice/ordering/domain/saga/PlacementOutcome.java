package io.orderservice.ordering.domain.saga;

import io.orderservice.ordering.domain.Actor;
import io.orderservice.ordering.domain.event.BackorderNotification;
import io.orderservice.ordering.domain.event.DropShipRequested;
import io.orderservice.ordering.domain.risk.RiskAssessment;
import io.orderservice.ordering.domain.saga.PlacementSaga.Compensation;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What happened to a placement, as its process manager ({@link Placement}) is told: the answer to a step, recorded by
 * the run that did the step, or news from outside that run — a person's decision, the payment's news, the clock.
 */
public sealed interface PlacementOutcome permits PlacementOutcome.StepAnswer, PlacementOutcome.News {

    /**
     * Whether the outcome comes from outside the run that does the steps. Such news finds the order as it is now, and an
     * order that someone ended meanwhile makes the placement give back what it holds instead.
     */
    boolean fromOutside();

    /** The answer to a step or a compensation, recorded by the run that did it. */
    sealed interface StepAnswer extends PlacementOutcome {
        @Override
        default boolean fromOutside() {
            return false;
        }
    }

    /** News from outside the run: a person's decision, the payment's news, the clock. */
    sealed interface News extends PlacementOutcome {
        @Override
        default boolean fromOutside() {
            return true;
        }
    }

    // --- answers to the steps ----------------------------------------------------------------------

    record Screened(RiskAssessment assessment) implements StepAnswer {
        public Screened {
            Objects.requireNonNull(assessment, "assessment");
        }
    }

    /**
     * @param nothingToPay whether the order's payment method pays nothing (an exchange's return pays all of it): the
     *                     payment step is then done at once, with no gateway asked
     */
    record StockReserved(boolean nothingToPay) implements StepAnswer {
        public StockReserved() {
            this(false);
        }
    }

    /** @param why what fell short, as the customer is told */
    record StockShort(String why) implements StepAnswer {
    }

    record PaymentAuthorised(String reference) implements StepAnswer {
    }

    /**
     * The customer has to confirm the payment (3-D Secure and the like).
     *
     * @param hold       how long the order keeps its stock meanwhile; zero when it may keep none
     * @param whyNotKept what the customer is told when the hold is zero
     */
    record PaymentNeedsAction(Duration hold, String whyNotKept) implements StepAnswer {
    }

    /**
     * @param why  what the customer is told
     * @param hold how long the order keeps its stock for another payment; zero when it may keep none
     */
    record PaymentDeclined(String why, Duration hold) implements StepAnswer {
    }

    /**
     * The stock is allocated: the drop-ship groups go to their suppliers, and units that wait for a restock make a PAID
     * order BACKORDERED.
     */
    record Confirmed(List<DropShip> dropShips, List<BackorderNotification.Units> waiting) implements StepAnswer {
        public Confirmed {
            dropShips = List.copyOf(dropShips);
            waiting = List.copyOf(waiting);
        }
    }

    /** Units a supplier ships to the customer directly. */
    record DropShip(String supplier, List<DropShipRequested.Line> lines) {
        public DropShip {
            lines = List.copyOf(lines);
        }
    }

    /** The stock hold expired before the confirmation and could not be had again. */
    record HoldLapsed(String why) implements StepAnswer {
    }

    record Compensated(Compensation done) implements StepAnswer {
    }

    /** The step or compensation failed for a technical reason (a neighbour down, a timeout): an attempt is spent. */
    record AttemptFailed(String error) implements StepAnswer {
    }

    // --- news from outside the run ------------------------------------------------------------------

    /**
     * The payment's news that arrived on its own (a webhook after the customer's confirmation): it moves the placement
     * only if that waits for exactly this.
     *
     * @param payment a {@link PaymentAuthorised} or a {@link PaymentDeclined}
     */
    record PaymentReported(StepAnswer payment) implements News {
        public PaymentReported {
            if (!(payment instanceof PaymentAuthorised) && !(payment instanceof PaymentDeclined)) {
                throw new IllegalArgumentException("not news of a payment: " + payment);
            }
        }
    }

    record ReviewDecided(boolean approved, String reason, Actor reviewer) implements News {
    }

    record ApprovalDecided(boolean approved, String reason, Actor approver) implements News {
    }

    /** The customer pays another way. */
    record PaymentRetried(Checkout paidAnotherWay) implements News {
    }

    /** An operator tries a parked placement again. */
    record ParkedRetried() implements News {
    }

    /** @param reason who gave the placement up, and why (it ends in the order's history) */
    record Abandoned(String reason) implements News {
    }

    /** The saga's deadline passed (see {@link PlacementSaga#onDeadline}). */
    record DeadlinePassed() implements News {
    }
}
