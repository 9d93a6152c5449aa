package io.orderservice.ordering.application;

import io.micrometer.core.instrument.MeterRegistry;
import io.orderservice.ordering.application.port.in.OrderNotFoundException;
import io.orderservice.ordering.application.port.in.OrderPlacementRefusedException;
import io.orderservice.ordering.application.port.in.OrderView;
import io.orderservice.ordering.application.port.out.FulfilmentPlans;
import io.orderservice.ordering.application.port.out.GuestOrderAccess;
import io.orderservice.ordering.application.port.out.OrderRepository;
import io.orderservice.ordering.application.port.out.Payments.ActionRequired;
import io.orderservice.ordering.application.port.out.Payments.Authorised;
import io.orderservice.ordering.application.port.out.Payments.Declined;
import io.orderservice.ordering.application.port.out.Payments.PaymentOutcome;
import io.orderservice.ordering.application.port.out.Payments.Unavailable;
import io.orderservice.ordering.application.port.out.PlacementRequests;
import io.orderservice.ordering.application.port.out.PlacementSagas;
import io.orderservice.ordering.application.port.out.PromotionClaims;
import io.orderservice.ordering.application.port.out.RequestedLine;
import io.orderservice.ordering.application.port.out.StockReservations.InsufficientStock;
import io.orderservice.ordering.application.port.out.StockReservations;
import io.orderservice.ordering.domain.Actor;
import io.orderservice.ordering.domain.Order;
import io.orderservice.ordering.domain.OrderAction;
import io.orderservice.ordering.domain.OrderStatus;
import io.orderservice.ordering.domain.event.DropShipRequested;
import io.orderservice.ordering.domain.risk.RiskAssessment;
import io.orderservice.ordering.domain.saga.Checkout;
import io.orderservice.ordering.domain.saga.PlacementSaga.Compensation;
import io.orderservice.ordering.domain.saga.PlacementSaga.Status;
import io.orderservice.ordering.domain.saga.PlacementSaga.Step;
import io.orderservice.ordering.domain.saga.PlacementSaga;
import io.orderservice.ordering.domain.saga.PlacementWorkDue;
import io.orderservice.ordering.domain.saga.SagaPolicy;
import io.orderservice.shared.Address;
import io.orderservice.shared.OrderId;
import io.orderservice.shared.RequestKey;
import io.orderservice.shared.application.RequestEffects;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The local transactions of the placement saga (ADR 0014). Each one locks the saga, checks that it is
 * still at the version the caller saw (otherwise someone else already moved it: nothing happens), applies
 * an outcome to the saga and to the order together and stores both. Steps that touch only this database
 * (reserving, confirming, releasing stock) do their work inside the transaction too.
 * <p>
 * Work dispatched by a step's outcome is done next by the same run of {@link PlacementOrchestrator}, still
 * covered by the outbox publication that started the run. Work dispatched by anyone else (a new order,
 * the customer, an operator, the gateway's news, the clock) is announced with {@link PlacementWorkDue}
 * through the outbox, in the same transaction.
 */
@Component
class PlacementTransactions {

    private static final Logger log = LoggerFactory.getLogger(PlacementTransactions.class);

    /**
     * What a transaction left: the saga and its stored version, the order if the transaction read it (null
     * otherwise), and the refusal a step produced, if any.
     */
    record Recorded(PlacementSaga saga, long version, OrderView order, OrderPlacementRefusedException refusal) {
    }

    /** The saga's order, read only when an outcome needs it: most steps change the saga alone. */
    private final class OrderOf implements Supplier<Order> {
        private final OrderId orderId;
        private Order order;

        OrderOf(OrderId orderId) {
            this.orderId = orderId;
        }

        /** An order the caller has read already in this transaction. */
        OrderOf(OrderId orderId, Order read) {
            this.orderId = orderId;
            this.order = read;
        }

        @Override
        public Order get() {
            if (order == null) {
                order = orders.findById(orderId).orElseThrow(() -> new OrderNotFoundException(orderId));
            }
            return order;
        }

        boolean isRead() {
            return order != null;
        }
    }

    private final PlacementSagas sagas;
    private final OrderRepository orders;
    private final StockReservations stock;
    private final PromotionClaims promotions;
    private final FulfilmentPlans fulfilment;
    private final BackorderStatus backorderStatus;
    private final SagaPolicy policy;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final MeterRegistry meters;

    private final GuestOrderAccess guestAccess;
    private final PlacementRequests requests;
    private final RequestEffects effects;
    private final UnpaidHolds unpaidHolds;

    PlacementTransactions(PlacementSagas sagas, OrderRepository orders, StockReservations stock, PromotionClaims promotions,
                          FulfilmentPlans fulfilment, BackorderStatus backorderStatus, GuestOrderAccess guestAccess,
                          PlacementRequests requests, RequestEffects effects, UnpaidHolds unpaidHolds, SagaPolicy policy,
                          ApplicationEventPublisher events, Clock clock, MeterRegistry meters) {
        this.requests = requests;
        this.effects = effects;
        this.unpaidHolds = unpaidHolds;
        this.promotions = promotions;
        this.guestAccess = guestAccess;
        this.fulfilment = fulfilment;
        this.backorderStatus = backorderStatus;
        this.sagas = sagas;
        this.orders = orders;
        this.stock = stock;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
        this.meters = meters;
    }

    /**
     * Stores a new order with its saga and the order's events, claiming the uses of the promotions it got, and
     * announces the saga's first work — unless the order waits for an approver (PENDING_APPROVAL): then nothing
     * runs until one decides. A promotion without a use left refuses the order, storing nothing. The request's key,
     * if it had one, is bound to the order in the same transaction; if another run of the same request bound it
     * first, nothing is stored ({@link PlacedAlready}).
     *
     * @param guestAccessHash the SHA-256 of a guest order's access token, kept with the order; null for a customer's
     * @param requestKey      the request's idempotency key; null without one
     */
    @Transactional
    public void start(Order order, Checkout checkout, byte[] guestAccessHash, RequestKey requestKey) {
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
        orders.save(order);
        sagas.insert(saga);
        if (guestAccessHash != null) {
            guestAccess.grant(order.id(), guestAccessHash);
        }
        if (!awaitingApproval) {
            events.publishEvent(new PlacementWorkDue(order.id()));
        }
    }

    @Transactional
    public Optional<Recorded> screened(OrderId orderId, long version, RiskAssessment assessment) {
        return apply(orderId, version, (saga, order) -> {
            var now = clock.instant();
            switch (assessment.decision()) {
                case ACCEPT -> saga.stepSucceeded(Step.SCREEN, now, policy);
                case REVIEW -> {
                    saga.reviewRequired("fraud review, score " + assessment.score() + ": " + assessment.reasons());
                    order.get().hold("held for review", Actor.system(), now);
                }
                default -> {
                    saga.stepRefused(Step.SCREEN, "rejected by fraud screening, score " + assessment.score() + ": "
                            + assessment.reasons(), now, policy);
                    order.get().reject("not accepted", Actor.system(), now);
                    return OrderPlacementRefusedException.rejected();
                }
            }
            return null;
        });
    }

    /**
     * @param lines  the order's lines (they do not change while it is placed)
     * @param shipTo where it ships (stock is taken from the locations that suit it)
     */
    @Transactional
    public Optional<Recorded> reserveStock(OrderId orderId, long version, List<RequestedLine> lines, Address shipTo) {
        return apply(orderId, version, (saga, order) -> {
            var now = clock.instant();
            if (stock.reserve(orderId, lines, shipTo) instanceof InsufficientStock insufficient) {
                var refusal = OrderPlacementRefusedException.insufficientStock(insufficient.shortages());
                saga.stepRefused(Step.RESERVE_STOCK, refusal.getMessage(), now, policy);
                order.get().reject(refusal.getMessage(), Actor.system(), now);
                return refusal;
            }
            saga.stepSucceeded(Step.RESERVE_STOCK, now, policy);
            return null;
        });
    }

    @Transactional
    public Optional<Recorded> paymentAnswered(OrderId orderId, long version, PaymentOutcome outcome) {
        return answerPayment(orderId, version, outcome, false);
    }

    private Optional<Recorded> answerPayment(OrderId orderId, long version, PaymentOutcome outcome, boolean announce) {
        return apply(orderId, version, announce, applyPayment(outcome));
    }

    /** What a payment's outcome does to the saga and the order. */
    private BiFunction<PlacementSaga, OrderOf, OrderPlacementRefusedException> applyPayment(PaymentOutcome outcome) {
        return (saga, order) -> {
            var now = clock.instant();
            if (outcome instanceof Authorised authorised) {
                saga.stepSucceeded(Step.AUTHORISE_PAYMENT, now, policy);
                order.get().authorisePayment(authorised.reference(), Actor.system(), now);
            } else if (outcome instanceof ActionRequired) {
                var hold = unpaidHolds.of(saga, order.get());
                saga.paymentActionRequired(now, policy, hold.duration());
                if (hold.none()) {
                    var refusal = OrderPlacementRefusedException.paymentDeclined("unpaid_orders_limit",
                            "the payment needs the customer's confirmation, but " + hold.boundReached());
                    order.get().failPayment(refusal.getMessage(), Actor.system(), now);
                    return refusal;
                }
            } else if (outcome instanceof Declined declined) {
                var hold = unpaidHolds.of(saga, order.get());
                var refusal = hold.none()
                        ? OrderPlacementRefusedException.paymentDeclined(declined.code(), declined.message()
                        + "; the order is not kept for another payment: " + hold.boundReached())
                        : OrderPlacementRefusedException.paymentDeclined(declined.code(), declined.message());
                saga.paymentDeclined(refusal.getMessage(), now, policy, hold.duration());
                order.get().failPayment(refusal.getMessage(), Actor.system(), now);
                return refusal;
            } else {
                attemptFailed(saga, ((Unavailable) outcome).reason());
            }
            return null;
        };
    }

    /**
     * News about the payment that arrived on its own (a webhook after the customer's confirmation, a
     * gateway's event): moves the saga on if it is waiting for exactly that, and the order with it.
     * Returns whether the order moved. Orders placed before sagas existed follow the news alone.
     */
    @Transactional
    public boolean paymentReported(OrderId orderId, PaymentOutcome outcome) {
        var order = orders.findById(orderId).orElseThrow(() -> new OrderNotFoundException(orderId));
        var saga = sagas.lock(orderId).orElse(null);
        if (saga == null) {
            return followAlone(order, outcome);
        }
        var read = new OrderOf(orderId, order);
        if (!order.status().allowedActions().contains(OrderAction.AUTHORISE_PAYMENT)) {
            // Too late (the order ended meanwhile): the payment capability gives the money back, and a saga
            // still holding something for the order gives it back too (see change).
            if (order.status().isFinal() && !saga.status().isFinal() && saga.status() != Status.COMPENSATING) {
                change(saga, true, read, (unchanged, ignored) -> null);
            }
            return false;
        }
        var waiting = saga.step().orElse(null) == Step.AUTHORISE_PAYMENT
                && (saga.status() == Status.RUNNING || saga.status() == Status.AWAITING_PAYMENT_ACTION);
        if (!waiting) {
            return false;
        }
        change(saga, true, read, applyPayment(outcome));
        return true;
    }

    /** An order placed before placement sagas existed follows the payment's news alone. */
    private boolean followAlone(Order order, PaymentOutcome outcome) {
        if (!order.status().allowedActions().contains(OrderAction.AUTHORISE_PAYMENT)) {
            return false;
        }
        if (outcome instanceof Authorised authorised) {
            order.authorisePayment(authorised.reference(), Actor.system(), clock.instant());
        } else if (outcome instanceof Declined declined) {
            order.failPayment(declined.message(), Actor.system(), clock.instant());
        } else {
            return false;
        }
        orders.save(order);
        return true;
    }

    /**
     * The placement completes: the order's stock is allocated, each of its drop-ship groups is sent to its supplier
     * ({@link DropShipRequested}), and an order with units waiting for a restock is BACKORDERED, its customer told
     * ({@link BackorderStatus}) — all through the outbox with the rest of this transaction. A hold that
     * expired meanwhile and cannot be had again refuses the placement (it is compensated: payment voided).
     */
    @Transactional
    public Optional<Recorded> confirm(OrderId orderId, long version, List<RequestedLine> lines, Address shipTo) {
        return apply(orderId, version, (saga, order) -> {
            var now = clock.instant();
            if (stock.confirm(orderId, lines, shipTo) instanceof InsufficientStock insufficient) {
                var refusal = OrderPlacementRefusedException.insufficientStock(insufficient.shortages());
                saga.stepRefused(Step.CONFIRM, "the stock hold expired and " + refusal.getMessage(), now, policy);
                return refusal;
            }
            var plan = fulfilment.planOf(orderId);
            plan.groups().stream().filter(FulfilmentPlans.FulfilmentGroup::dropShip)
                    .forEach(group -> order.get().requestDropShip(group.location(), group.lines().stream()
                            .map(line -> new DropShipRequested.Line(line.sku().value(), line.quantity())).toList(), now));
            if (plan.waitsForStock()) {
                // only then is the order read: most placements complete without it
                backorderStatus.follow(order.get(), plan, now);
            }
            saga.stepSucceeded(Step.CONFIRM, now, policy);
            return null;
        });
    }

    /** A compensation was done; releasing stock is done here, in the same transaction. */
    @Transactional
    public Optional<Recorded> compensated(OrderId orderId, long version, Compensation done) {
        return apply(orderId, version, (saga, order) -> {
            if (done == Compensation.RELEASE_STOCK) {
                stock.release(orderId);
            }
            saga.compensated(done, clock.instant(), policy);
            return null;
        });
    }

    @Transactional
    public Optional<Recorded> attemptFailed(OrderId orderId, long version, String error) {
        return apply(orderId, version, (saga, order) -> {
            attemptFailed(saga, error);
            return null;
        });
    }

    // --- the customer, the clock and operators ------------------------------------------------------

    /**
     * The customer pays another way; refused (IllegalSagaStateException) outside the retry window. A request with a key
     * that moved the saga already (its answer lost in a crash) moves it no further: the order is answered as it is.
     */
    @Transactional
    public Recorded paymentRetried(OrderId orderId, Checkout paidAnotherWay, RequestKey key) {
        if (key != null && !effects.firstTime(key)) {
            var saga = sagas.lock(orderId).orElseThrow(() -> new OrderNotFoundException(orderId));
            return new Recorded(saga, saga.version(), OrderView.of(new OrderOf(orderId).get()), null);
        }
        return applyLatest(orderId, (saga, order) -> {
            var now = clock.instant();
            saga.paymentRetried(paidAnotherWay, now, policy);
            order.get().retryPayment(Actor.customer(order.get().customerId().value()), now);
            return null;
        });
    }

    @Transactional
    public Recorded reviewDecided(OrderId orderId, boolean approved, String reason, Actor reviewer) {
        return applyLatest(orderId, (saga, order) -> {
            var now = clock.instant();
            if (approved) {
                saga.reviewApproved(now, policy);
                order.get().releaseHold(reviewer, now);
                return null;
            }
            saga.stepRefused(Step.SCREEN, "rejected by " + reviewer.id() + ": " + reason, now, policy);
            order.get().reject("not accepted", reviewer, now);
            return OrderPlacementRefusedException.rejected();
        });
    }

    /** An approver decides on an order waiting for approval: approved, its placement starts; rejected, it is cancelled. */
    @Transactional
    public Recorded approvalDecided(OrderId orderId, boolean approved, String reason, Actor approver) {
        return applyLatest(orderId, (saga, order) -> {
            var now = clock.instant();
            if (approved) {
                saga.approved(now, policy);
                order.get().approve(approver, now);
                return null;
            }
            saga.approvalRejected("approval rejected by " + approver.id() + ": " + reason, now, policy);
            order.get().rejectApproval(reason, approver, now);
            return null;
        });
    }

    @Transactional
    public Recorded retriedParked(OrderId orderId) {
        return applyLatest(orderId, (saga, order) -> {
            saga.retryParked(clock.instant(), policy);
            return null;
        });
    }

    /** Someone gives the placement up; {@code reason} says who and why (it ends in the order's history). */
    @Transactional
    public Recorded abandoned(OrderId orderId, String reason) {
        return applyLatest(orderId, (saga, order) -> {
            saga.abandon(reason, clock.instant(), policy);
            return null;
        });
    }

    /** The clock's turn: deadlines that passed (see {@link PlacementSaga#onDeadline}). Returns how many sagas moved. */
    @Transactional
    public int deadlinesPassed(int batch) {
        var now = clock.instant();
        var due = sagas.lockDue(now, batch);
        for (var saga : due) {
            change(saga, true, new OrderOf(saga.orderId()), (dueSaga, order) -> {
                dueSaga.onDeadline(now, policy);
                if (dueSaga.status() == Status.PARKED) {
                    parked(dueSaga);
                }
                return null;
            });
        }
        return due.size();
    }

    // ------------------------------------------------------------------------------------------------

    /** A step's outcome, recorded by the run that did the step; the run goes on with what it dispatches. */
    private Optional<Recorded> apply(OrderId orderId, long version,
                                     BiFunction<PlacementSaga, OrderOf, OrderPlacementRefusedException> change) {
        return apply(orderId, version, false, change);
    }

    private Optional<Recorded> apply(OrderId orderId, long version, boolean announce,
                                     BiFunction<PlacementSaga, OrderOf, OrderPlacementRefusedException> change) {
        var saga = sagas.lock(orderId).orElseThrow(() -> new OrderNotFoundException(orderId));
        if (saga.version() != version) {
            log.debug("Placement of {} moved on from version {} to {}: old news", orderId, version, saga.version());
            return Optional.empty();
        }
        return Optional.of(change(saga, announce, new OrderOf(orderId), change));
    }

    /** Someone else's decision, applied to the saga as it is now; what it dispatches is announced. */
    private Recorded applyLatest(OrderId orderId, BiFunction<PlacementSaga, OrderOf, OrderPlacementRefusedException> change) {
        var saga = sagas.lock(orderId).orElseThrow(() -> new OrderNotFoundException(orderId));
        return change(saga, true, new OrderOf(orderId), change);
    }

    /**
     * Applies the change and stores what it touched. Whoever decides from outside a run (announce) sees the
     * order first: an order that ended outside its placement (cancelled by someone) makes the saga give back
     * what it holds instead. Within a run the order is read only when an outcome needs it; an order under
     * placement is only ever ended through its saga.
     */
    private Recorded change(PlacementSaga saga, boolean announce, OrderOf order,
                            BiFunction<PlacementSaga, OrderOf, OrderPlacementRefusedException> change) {
        OrderPlacementRefusedException refusal = null;
        if (announce && order.get().status().isFinal() && !saga.status().isFinal() && saga.status() != Status.COMPENSATING) {
            saga.abandon("the order was " + order.get().status() + " during its placement", clock.instant(), policy);
        } else {
            refusal = change.apply(saga, order);
        }
        store(saga, order, announce);
        if (refusal != null) {
            meters.counter("orders.placement.refused", "reason", refusal.reason().name()).increment();
        }
        return new Recorded(saga, saga.version() + 1, order.isRead() ? OrderView.of(order.get()) : null,
                refusal == null ? null : refusal.about(saga.orderId()));
    }

    /** Stores saga and order; a saga that failed leaves its order in a final status; new work is announced if asked. */
    private void store(PlacementSaga saga, OrderOf orderOf, boolean announce) {
        if (saga.status() == Status.FAILED && !orderOf.get().status().isFinal()) {
            orderOf.get().cancel(saga.failureReason().orElse("placement failed"), Actor.system(), clock.instant());
        }
        sagas.update(saga);
        if (orderOf.isRead()) {
            var order = orderOf.get();
            orders.save(order);
        }
        if (announce && saga.isDispatched()) {
            events.publishEvent(new PlacementWorkDue(saga.orderId()));
        }
        log.info("Placement of {} is {} {}", saga.orderId(), saga.status(),
                saga.step().map(Enum::name).or(() -> saga.nextCompensation().map(Enum::name)).orElse(""));
    }

    private void attemptFailed(PlacementSaga saga, String error) {
        saga.attemptFailed(error, clock.instant(), policy);
        if (saga.status() == Status.PARKED) {
            parked(saga);
        }
    }

    private void parked(PlacementSaga saga) {
        meters.counter("placement.sagas.parked.total").increment();
        log.warn("Placement of {} is parked for an operator after {} attempts: {}", saga.orderId(), saga.attempts(),
                saga.failureReason().orElse(""));
    }
}
