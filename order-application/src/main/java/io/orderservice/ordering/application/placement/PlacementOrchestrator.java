package io.orderservice.ordering.application.placement;

import io.orderservice.ordering.application.placement.PlacementStore.Recorded;
import io.orderservice.ordering.application.port.in.OrderPlacementRefusedException;
import io.orderservice.ordering.application.port.in.OrderView;
import io.orderservice.ordering.application.port.out.FraudScreening.ScreeningRequest;
import io.orderservice.ordering.application.port.out.FraudScreening;
import io.orderservice.ordering.application.port.out.OrderRepository;
import io.orderservice.ordering.application.port.out.Payments.Authorised;
import io.orderservice.ordering.application.port.out.Payments.PaymentRequest;
import io.orderservice.ordering.application.port.out.Payments;
import io.orderservice.ordering.application.port.out.PlacementSagas;
import io.orderservice.ordering.application.port.out.Payments.PaymentOutcome;
import io.orderservice.ordering.domain.Order;
import io.orderservice.ordering.domain.saga.Checkout;
import io.orderservice.ordering.domain.saga.PlacementSaga.Compensation;
import io.orderservice.ordering.domain.saga.PlacementSaga.Status;
import io.orderservice.ordering.domain.saga.PlacementSaga;
import io.orderservice.shared.OrderId;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * Runs the work a placement saga dispatched, one step or compensation after the other until the saga
 * comes to rest: never inside a database transaction while a neighbour (fraud screening, a payment
 * gateway) is asked, and each outcome recorded in a transaction ({@link PlacementSteps}) before the next work starts.
 * The request that placed the order runs its payment step and the confirmation ({@link #payOnRequest}, ADR 0031); work
 * that news from outside dispatched is run from the outbox ({@link #run}). A neighbour that fails for technical reasons
 * costs the saga an attempt; it is tried again after a backoff, then parked. When the saga comes to rest (or waits out a
 * backoff), a request waiting for it in this process (a payment retry) learns so ({@link PlacementSettlements}).
 */
@Service
class PlacementOrchestrator {

    private static final Logger log = LoggerFactory.getLogger(PlacementOrchestrator.class);
    /** More than a placement ever needs (four steps, two compensations): a bound, not a budget. */
    private static final int MAX_WORK_PER_RUN = 12;

    private final PlacementSagas sagas;
    private final PlacementSteps steps;
    private final PlacementSettlements settlements;
    private final OrderRepository orders;
    private final FraudScreening fraud;
    private final Payments payments;
    private final PaymentCalls paymentCalls;

    PlacementOrchestrator(PlacementSagas sagas, PlacementSteps steps, PlacementSettlements settlements,
                          OrderRepository orders, FraudScreening fraud, Payments payments, PaymentCalls paymentCalls) {
        this.sagas = sagas;
        this.steps = steps;
        this.settlements = settlements;
        this.orders = orders;
        this.fraud = fraud;
        this.payments = payments;
        this.paymentCalls = paymentCalls;
    }

    /** Does the work the saga of {@code orderId} has dispatched, until it is at rest or someone else moved it on. */
    public void run(OrderId orderId) {
        try (var ignored = MDC.putCloseable("orderId", orderId.toString())) {
            var saga = sagas.find(orderId).orElse(null);
            if (saga != null) {
                // Read once per run: what the steps need of the order (customer, lines, total, address) does not
                // change while it is placed.
                var order = new Order[1];
                runFrom(new Recorded(saga, saga.version(), null, null),
                        () -> order[0] != null ? order[0] : (order[0] = order(orderId)));
            }
        }
    }

    /**
     * The payment step of a placement the request started ({@link PlacementSteps#start}), run by the request: the gateway
     * is asked with no transaction open, its answer recorded together with the confirmation, and whatever the saga
     * dispatched after that run at once. The request waits for the gateway for up to {@code patience}: after that, the
     * answer is recorded and the run goes on when the gateway answers, on the thread that asked it (or, if this process
     * dies meanwhile, when the saga's deadline passes).
     *
     * @param started what the request's transaction stored: the saga at its payment step, and its version
     * @param order   the order as the request stored it
     * @return what the run recorded last, or empty when the gateway did not answer within {@code patience}
     */
    Optional<Recorded> payOnRequest(Recorded started, Order order, Duration patience) {
        var orderId = order.id();
        var request = PlacementSteps.paymentRequest(started.saga(), order);
        var asked = paymentCalls.ask(request);
        try {
            var outcome = asked.get(patience.toMillis(), TimeUnit.MILLISECONDS);
            return Optional.of(afterPayment(started, request, order, outcome, null));
        } catch (TimeoutException | InterruptedException stoppedWaiting) {
            if (stoppedWaiting instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            log.info("The gateway did not answer the placement of {} within {}: its answer is recorded when it comes", orderId,
                    patience);
            asked.whenComplete((outcome, failure) -> {
                try (var ignored = MDC.putCloseable("orderId", orderId.toString())) {
                    afterPayment(started, request, order, outcome, failure);
                }
            });
            return Optional.empty();
        } catch (ExecutionException failed) {
            return Optional.of(afterPayment(started, request, order, null, failed.getCause()));
        }
    }

    /** Records the payment's answer (or its failure) with the confirmation, then runs what the saga dispatched next. */
    private Recorded afterPayment(Recorded started, PaymentRequest asked, Order order, PaymentOutcome outcome,
                                  Throwable failure) {
        Optional<Recorded> recorded;
        try {
            if (failure != null) {
                throw failure instanceof RuntimeException runtime ? runtime : new IllegalStateException(failure);
            }
            recorded = recordPaymentAnswer(started, asked, order, outcome);
            if (recorded.isEmpty() && outcome instanceof Authorised) {
                releaseIfGivenUp(order.id());
            }
        } catch (ConcurrencyFailureException e) {
            log.debug("Placement of {} was moved on concurrently: {}", order.id(), e.getMessage());
            recorded = Optional.empty();
        } catch (RuntimeException e) {
            log.warn("Placement work AUTHORISE_PAYMENT of {} failed: {}", order.id(), e.toString());
            recorded = steps.attemptFailed(order.id(), started.version(), describe(e));
        }
        if (recorded.isEmpty()) {
            // Someone moved the placement on meanwhile (the gateway's news came first, an operator gave it up): the run
            // goes on from where it stands, as any run would; a concurrent one and this take turns by the saga's version.
            return sagas.find(order.id()).map(saga -> runFrom(new Recorded(saga, saga.version(), null, null), () -> order))
                    .orElse(started);
        }
        return runFrom(recorded.get(), () -> order);
    }

    /**
     * The payment's answer recorded with the confirmation, on the order as the request stored it (a new order is stored at
     * version 0), which is then not read again; read afresh if someone changed it meanwhile (a customer's change of
     * address while the gateway was asked), which made that transaction roll back.
     */
    private Optional<Recorded> recordPaymentAnswer(Recorded started, PaymentRequest asked, Order order, PaymentOutcome outcome) {
        var lines = PlacementSteps.requested(order);
        try {
            return steps.paymentAnsweredAndConfirmed(asked, started.version(), outcome, lines, order.shippingAddress(),
                    order.asStoredAt(0));
        } catch (OptimisticLockingFailureException changedMeanwhile) {
            log.debug("Order {} changed while its payment was asked: read again", order.id());
            return steps.paymentAnsweredAndConfirmed(asked, started.version(), outcome, lines, order.shippingAddress(), null);
        }
    }

    /**
     * Does the work the saga dispatched, from what was recorded last, one step or compensation after the other until it
     * is at rest or someone else moved it on; answers what was recorded last.
     */
    private Recorded runFrom(Recorded from, Supplier<Order> order) {
        var last = from;
        var saga = from.saga();
        long version = from.version();
        OrderView lastSeen = from.order();
        // A step's refusal is the answer also when compensations run after it in the same run.
        OrderPlacementRefusedException refusal = from.refusal();
        int done = 0;
        for (; done < MAX_WORK_PER_RUN && saga.isDispatched(); done++) {
            var recorded = advance(saga, version, order);
            if (recorded.isEmpty()) {
                // Someone else moved it on: what this run saw last is not how it stands.
                return new Recorded(saga, version, null, refusal);
            }
            saga = recorded.get().saga();
            version = recorded.get().version();
            lastSeen = recorded.get().order() != null ? recorded.get().order() : lastSeen;
            refusal = recorded.get().refusal() != null ? recorded.get().refusal() : refusal;
            last = new Recorded(saga, version, lastSeen, refusal);
        }
        if (done == 0) {
            return last;
        }
        if (!saga.isDispatched()) {
            // At rest, or waiting out a backoff: a waiting request has nothing to gain by waiting longer.
            settlements.settled(saga.orderId(), last);
        } else {
            log.warn("Placement of {} still has work after {} steps; the clock picks it up", saga.orderId(), MAX_WORK_PER_RUN);
        }
        return last;
    }

    /** One step or compensation; empty when someone else moved the saga on meanwhile. */
    private Optional<Recorded> advance(PlacementSaga saga, long version, Supplier<Order> order) {
        try {
            return saga.status() == Status.COMPENSATING ? compensate(saga, version) : step(saga, version, order);
        } catch (ConcurrencyFailureException e) {
            log.debug("Placement of {} was moved on concurrently: {}", saga.orderId(), e.getMessage());
            return Optional.empty();
        } catch (RuntimeException e) {
            log.warn("Placement work {} of {} failed: {}",
                    saga.step().map(Enum::name).or(() -> saga.nextCompensation().map(Enum::name)).orElse("?"),
                    saga.orderId(), e.toString());
            return steps.attemptFailed(saga.orderId(), version, describe(e));
        }
    }

    private Optional<Recorded> step(PlacementSaga saga, long version, Supplier<Order> order) {
        var orderId = saga.orderId();
        return switch (saga.step().orElseThrow()) {
            case SCREEN -> steps.screened(orderId, version, fraud.screen(screening(saga, order.get())));
            case RESERVE_STOCK -> steps.reserveStock(orderId, version, PlacementSteps.requested(order.get()),
                    order.get().shippingAddress(), order.get().amountDue().isZero());
            case AUTHORISE_PAYMENT -> {
                var outcome = payments.authorise(PlacementSteps.paymentRequest(saga, order.get()));
                var recorded = steps.paymentAnswered(orderId, version, outcome);
                if (recorded.isEmpty() && outcome instanceof Authorised) {
                    releaseIfGivenUp(orderId);
                }
                yield recorded;
            }
            case CONFIRM -> steps.confirm(orderId, version, PlacementSteps.requested(order.get()), order.get().shippingAddress());
        };
    }

    /**
     * The saga moved on while its payment step was asking the gateway (an operator gave the placement up):
     * the authorisation that arrived is unwanted and goes back now. The saga's own void may have run before
     * it existed.
     */
    private void releaseIfGivenUp(OrderId orderId) {
        if (sagas.find(orderId).filter(PlacementSaga::givesUpPayments).isPresent()) {
            log.warn("Placement of {} was given up while its payment was authorised: voiding it", orderId);
            payments.release(orderId);
        }
    }

    private Optional<Recorded> compensate(PlacementSaga saga, long version) {
        var compensation = saga.nextCompensation().orElseThrow();
        if (compensation == Compensation.VOID_PAYMENT) {
            payments.release(saga.orderId());
        }
        return steps.compensated(saga.orderId(), version, compensation);
    }

    private static ScreeningRequest screening(PlacementSaga saga, Order order) {
        return screening(saga.checkout(), order);
    }

    /** What fraud screening is asked about an order placed with {@code checkout}. */
    static ScreeningRequest screening(Checkout checkout, Order order) {
        return new ScreeningRequest(order.id(), order.customerId(), order.totals().grandTotal(),
                order.shippingAddress().countryCode(), checkout.billingCountry(), checkout.paymentToken(),
                checkout.clientAddress());
    }

    private Order order(OrderId orderId) {
        return orders.findById(orderId).orElseThrow();
    }

    private static String describe(RuntimeException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
