package io.orderservice.ordering.application.placement;

import io.orderservice.ordering.application.placement.PlacementStore.Recorded;
import io.orderservice.ordering.application.port.in.OrderPlacementRefusedException;
import io.orderservice.ordering.application.port.out.FulfilmentPlans;
import io.orderservice.ordering.application.port.out.GuestOrderAccess;
import io.orderservice.ordering.application.port.out.Payments.PaymentOutcome;
import io.orderservice.ordering.application.port.out.Payments.PaymentRequest;
import io.orderservice.ordering.application.port.out.Payments;
import io.orderservice.ordering.application.port.out.PlacementRequests;
import io.orderservice.ordering.application.port.out.PlacementSagas;
import io.orderservice.ordering.application.port.out.PromotionClaims;
import io.orderservice.ordering.application.port.out.RequestedLine;
import io.orderservice.ordering.application.port.out.StockReservations.Allocated;
import io.orderservice.ordering.application.port.out.StockReservations.InsufficientStock;
import io.orderservice.ordering.application.port.out.StockReservations;
import io.orderservice.ordering.domain.Order;
import io.orderservice.ordering.domain.event.DropShipRequested;
import io.orderservice.ordering.domain.risk.RiskAssessment;
import io.orderservice.ordering.domain.saga.Checkout;
import io.orderservice.ordering.domain.saga.PlacementOutcome.AttemptFailed;
import io.orderservice.ordering.domain.saga.PlacementOutcome.Compensated;
import io.orderservice.ordering.domain.saga.PlacementOutcome.Confirmed;
import io.orderservice.ordering.domain.saga.PlacementOutcome.DeadlinePassed;
import io.orderservice.ordering.domain.saga.PlacementOutcome.DropShip;
import io.orderservice.ordering.domain.saga.PlacementOutcome.HoldLapsed;
import io.orderservice.ordering.domain.saga.PlacementOutcome.Screened;
import io.orderservice.ordering.domain.saga.PlacementOutcome.StockReserved;
import io.orderservice.ordering.domain.saga.PlacementOutcome.StockShort;
import io.orderservice.ordering.domain.saga.PlacementSaga.Compensation;
import io.orderservice.ordering.domain.saga.PlacementSaga.Step;
import io.orderservice.ordering.domain.saga.PlacementSaga;
import io.orderservice.ordering.domain.saga.SagaPolicy;
import io.orderservice.ordering.domain.status.OrderStatus;
import io.orderservice.shared.Address;
import io.orderservice.shared.OrderId;
import io.orderservice.shared.RequestKey;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The placement's own local transactions (ADR 0014, ADR 0029): its start, the answer to each step that the run of
 * {@link PlacementOrchestrator} records, and the clock's turn. Each one loads the placement at the version the run
 * saw (otherwise someone else already moved it: nothing happens), does what is local to this database (reserving,
 * confirming, releasing stock), lets the process manager decide on the outcome and stores it ({@link PlacementStore}).
 * Decisions from outside the run (a reviewer's, an approver's, the customer's, the payment's news) are taken by the
 * services that receive them, in the same way.
 */
@Component
class PlacementSteps {

    private final PlacementStore store;
    private final PlacementSagas sagas;
    private final StockReservations stock;
    private final PromotionClaims promotions;
    private final PlacementPaymentAnswers payments;
    private final Payments paying;
    private final GuestOrderAccess guestAccess;
    private final PlacementRequests requests;
    private final SagaPolicy policy;
    private final Clock clock;

    PlacementSteps(PlacementStore store, PlacementSagas sagas, StockReservations stock,
                   PromotionClaims promotions, PlacementPaymentAnswers payments,
                   Payments paying, GuestOrderAccess guestAccess, PlacementRequests requests, SagaPolicy policy, Clock clock) {
        this.store = store;
        this.sagas = sagas;
        this.stock = stock;
        this.promotions = promotions;
        this.payments = payments;
        this.paying = paying;
        this.guestAccess = guestAccess;
        this.requests = requests;
        this.policy = policy;
        this.clock = clock;
    }

    /**
     * The request's transaction: stores a new order with its saga and the order's events, claiming the uses of the
     * promotions it got, and runs the steps that are local to this database — the screening's verdict (asked for before,
     * with no transaction open) and the stock reservation — so that the saga is stored at its payment step, which the
     * request's run takes next ({@link PlacementOrchestrator#payOnRequest}). An order that waits for an approver
     * (PENDING_APPROVAL) is stored with nothing run. A promotion without a use left refuses the order, storing nothing. The
     * request's key, if it had one, is bound to the order in the same transaction; if another run of the same request
     * bound it first, nothing is stored ({@link PlacedAlready}).
     * <p>
     * Nothing is announced: the saga's deadline ({@code step-timeout}) is what brings a placement whose request died
     * after this commit back to life, on any instance ({@link PlacementDeadlines}).
     *
     * @param screening       the fraud screening's assessment of the order; null for an order that waits for an approver
     * @param guestAccessHash the SHA-256 of a guest order's access token, kept with the order; null for a customer's
     * @param requestKey      the request's idempotency key; null without one
     */
    @Transactional
    public Recorded start(Order order, Checkout checkout, RiskAssessment screening, byte[] guestAccessHash,
                          RequestKey requestKey) {
        var placedBefore = requestKey == null ? Optional.<OrderId>empty() : requests.bind(requestKey, order.id());
        if (placedBefore.isPresent()) {
            throw new PlacedAlready(placedBefore.get());
        }
        promotions.claim(order.id(), order.customerId(), order.priceDetails(), clock.instant()).ifPresent(usedUp -> {
            throw OrderPlacementRefusedException.promoCodeUsedUp(usedUp.code(), usedUp.byThisCustomer());
        });
        var awaitingApproval = order.status() == OrderStatus.PENDING_APPROVAL;
        var saga = awaitingApproval ? PlacementSaga.startAwaitingApproval(order.id(), checkout)
                : PlacementSaga.start(order.id(), checkout, clock.instant(), policy);
        var placement = store.of(saga, order);
        var refusal = awaitingApproval ? null : screenAndReserve(placement, screening);
        if (saga.isRunning(Step.AUTHORISE_PAYMENT)) {
            paying.intend(paymentRequest(saga, order));
        }
        var recorded = store.store(placement, refusal);
        if (guestAccessHash != null) {
            guestAccess.grant(order.id(), guestAccessHash);
        }
        return recorded;
    }

    private OrderPlacementRefusedException screenAndReserve(PlacementStore.Loaded placement, RiskAssessment screening) {
        var screened = store.decideOnly(placement, new Screened(screening), OrderPlacementRefusedException.rejected());
        if (!placement.saga().isRunning(Step.RESERVE_STOCK)) {
            return screened.refusal();
        }
        var order = placement.get();
        if (stock.reserve(order.id(), requested(order), order.shippingAddress()) instanceof InsufficientStock insufficient) {
            var refusal = OrderPlacementRefusedException.insufficientStock(insufficient.shortages());
            return store.decideOnly(placement, new StockShort(refusal.getMessage()), refusal).refusal();
        }
        return store.decideOnly(placement, new StockReserved(order.amountDue().isZero()), null).refusal();
    }

    /**
     * What the payment step of {@code saga} asks for: what the order's payment method pays (its total, less what an
     * exchange's return pays of it), with the checkout's payment method and provider.
     */
    static PaymentRequest paymentRequest(PlacementSaga saga, Order order) {
        var checkout = saga.checkout();
        return new PaymentRequest(order.id(), saga.paymentAttempt(), order.customerId(), order.amountDue(),
                checkout.paymentMethod(), checkout.paymentToken(), checkout.paymentProvider());
    }

    static List<RequestedLine> requested(Order order) {
        return order.lines().stream().map(line -> new RequestedLine(line.sku(), line.quantity())).toList();
    }

    @Transactional
    public Optional<Recorded> screened(OrderId orderId, long version, RiskAssessment assessment) {
        return store.lockAt(orderId, version).map(placement -> store.decide(placement, new Screened(assessment),
                OrderPlacementRefusedException.rejected()));
    }

    /**
     * @param lines        the order's lines (they do not change while it is placed)
     * @param shipTo       where it ships (stock is taken from the locations that suit it)
     * @param nothingToPay whether an exchange's return pays all of the order (no payment to authorise)
     */
    @Transactional
    public Optional<Recorded> reserveStock(OrderId orderId, long version, List<RequestedLine> lines, Address shipTo,
                                           boolean nothingToPay) {
        return store.lockAt(orderId, version).map(placement -> {
            if (stock.reserve(orderId, lines, shipTo) instanceof InsufficientStock insufficient) {
                var refusal = OrderPlacementRefusedException.insufficientStock(insufficient.shortages());
                return store.decide(placement, new StockShort(refusal.getMessage()), refusal);
            }
            return store.decide(placement, new StockReserved(nothingToPay), null);
        });
    }

    @Transactional
    public Optional<Recorded> paymentAnswered(OrderId orderId, long version, PaymentOutcome outcome) {
        return store.lockAt(orderId, version).map(placement -> {
            var answer = payments.of(placement, outcome);
            return store.decide(placement, answer.outcome(), answer.ifRefused());
        });
    }

    /**
     * The placement completes: the order's stock is allocated, each of its drop-ship groups is sent to its supplier,
     * and an order with units waiting for a restock is BACKORDERED, its customer told — all through the outbox with
     * the rest of this transaction. A hold that expired meanwhile and cannot be had again refuses the placement (it is
     * compensated: payment voided).
     */
    @Transactional
    public Optional<Recorded> confirm(OrderId orderId, long version, List<RequestedLine> lines, Address shipTo) {
        return store.lockAt(orderId, version).map(placement -> store.store(placement, confirmed(placement, lines, shipTo)));
    }

    /**
     * The payment's answer to the run of the request that started the placement, recorded with the payment ({@link
     * Payments#record}, whatever becomes of the placement: the payment keeps what its gateway said) and, when it
     * authorised, the confirmation ({@link #confirm}), in one transaction.
     *
     * @param asked  what the request's run asked for ({@link Payments#intend} recorded it with the placement's start)
     * @param stored the order as the request's transaction stored it ({@link Order#asStoredAt}), so that it is not read
     *               again; null to read it. If someone changed it meanwhile, storing it fails (a concurrency failure), and
     *               nothing of this transaction is kept
     */
    @Transactional
    public Optional<Recorded> paymentAnsweredAndConfirmed(PaymentRequest asked, long version, PaymentOutcome outcome,
                                                          List<RequestedLine> lines, Address shipTo, Order stored) {
        paying.record(asked, outcome);
        return store.lockAt(asked.orderId(), version, stored).map(placement -> {
            var answer = payments.of(placement, outcome);
            var refusal = store.decideOnly(placement, answer.outcome(), answer.ifRefused()).refusal();
            if (placement.saga().isRunning(Step.CONFIRM)) {
                refusal = confirmed(placement, lines, shipTo);
            }
            return store.store(placement, refusal);
        });
    }

    private OrderPlacementRefusedException confirmed(PlacementStore.Loaded placement, List<RequestedLine> lines, Address shipTo) {
        var orderId = placement.saga().orderId();
        var confirmed = stock.confirm(orderId, lines, shipTo);
        if (confirmed instanceof InsufficientStock insufficient) {
            var refusal = OrderPlacementRefusedException.insufficientStock(insufficient.shortages());
            return store.decideOnly(placement, new HoldLapsed(refusal.getMessage()), refusal).refusal();
        }
        var plan = ((Allocated) confirmed).plan();
        var dropShips = plan.groups().stream().filter(FulfilmentPlans.FulfilmentGroup::dropShip)
                .map(group -> new DropShip(group.location(), group.lines().stream()
                        .map(line -> new DropShipRequested.Line(line.sku().value(), line.quantity())).toList()))
                .toList();
        return store.decideOnly(placement, new Confirmed(dropShips, plan.waitingUnits()), null).refusal();
    }

    /** A compensation was done; releasing stock is done here, in the same transaction. */
    @Transactional
    public Optional<Recorded> compensated(OrderId orderId, long version, Compensation done) {
        return store.lockAt(orderId, version).map(placement -> {
            if (done == Compensation.RELEASE_STOCK) {
                stock.release(orderId);
            }
            return store.decide(placement, new Compensated(done), null);
        });
    }

    @Transactional
    public Optional<Recorded> attemptFailed(OrderId orderId, long version, String error) {
        return store.lockAt(orderId, version).map(placement -> store.decide(placement, new AttemptFailed(error), null));
    }

    /** The clock's turn: deadlines that passed (see {@link PlacementSaga#onDeadline}). Returns how many sagas moved. */
    @Transactional
    public int deadlinesPassed(int batch) {
        var due = sagas.lockDue(clock.instant(), batch);
        due.forEach(saga -> store.decide(store.of(saga, null), new DeadlinePassed(), null));
        return due.size();
    }
}
