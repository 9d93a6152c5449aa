package io.orderservice.ordering.application.placement;

import io.micrometer.core.instrument.MeterRegistry;
import io.orderservice.ordering.application.port.in.OrderNotFoundException;
import io.orderservice.ordering.application.port.in.OrderPlacementRefusedException;
import io.orderservice.ordering.application.port.in.OrderView;
import io.orderservice.ordering.application.port.out.OrderRepository;
import io.orderservice.ordering.application.port.out.PlacementSagas;
import io.orderservice.ordering.domain.Order;
import io.orderservice.ordering.domain.saga.Placement;
import io.orderservice.ordering.domain.saga.Placement.Verdict;
import io.orderservice.ordering.domain.saga.PlacementOutcome;
import io.orderservice.ordering.domain.saga.PlacementOutcome.PaymentDeclined;
import io.orderservice.ordering.domain.saga.PlacementOutcome.PaymentNeedsAction;
import io.orderservice.ordering.domain.saga.PlacementOutcome.PaymentReported;
import io.orderservice.ordering.domain.saga.PlacementSaga;
import io.orderservice.ordering.domain.saga.PlacementWorkDue;
import io.orderservice.ordering.domain.saga.SagaPolicy;
import io.orderservice.shared.OrderId;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Load → decide → save for a placement, in the caller's transaction: loads it (its saga locked, its order read only
 * when a decision needs it), lets its process manager decide on an outcome ({@link Placement}), and stores what
 * changed — the saga, the order with its events, and, for news from outside the run that does the steps, the
 * announcement of the work the saga dispatched ({@link PlacementWorkDue}), through the outbox.
 */
@Component
public class PlacementStore {

    private static final Logger log = LoggerFactory.getLogger(PlacementStore.class);

    /**
     * What a decision left: the saga and its stored version, the order if it was read (null otherwise), and the refusal
     * the customer is told, if the outcome refused the order.
     */
    public record Recorded(PlacementSaga saga, long version, OrderView order, OrderPlacementRefusedException refusal) {
    }

    /** A placement loaded for a decision: its saga, locked, and its order, read on first use. */
    public final class Loaded implements Supplier<Order> {
        private final PlacementSaga saga;
        private final Placement placement;
        private Order order;

        private Loaded(PlacementSaga saga, Order read) {
            this.saga = saga;
            this.order = read;
            this.placement = new Placement(saga, this, policy);
        }

        @Override
        public Order get() {
            if (order == null) {
                order = orders.findById(saga.orderId()).orElseThrow(() -> new OrderNotFoundException(saga.orderId()));
            }
            return order;
        }

        PlacementSaga saga() {
            return saga;
        }

        Placement placement() {
            return placement;
        }

        private boolean isRead() {
            return order != null;
        }
    }

    private final PlacementSagas sagas;
    private final OrderRepository orders;
    private final SagaPolicy policy;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final MeterRegistry meters;

    PlacementStore(PlacementSagas sagas, OrderRepository orders, SagaPolicy policy, ApplicationEventPublisher events,
                   Clock clock, MeterRegistry meters) {
        this.sagas = sagas;
        this.orders = orders;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
        this.meters = meters;
    }

    /** The placement as it is now, its saga locked. */
    Loaded lock(OrderId orderId) {
        return new Loaded(sagas.lock(orderId).orElseThrow(() -> new OrderNotFoundException(orderId)), null);
    }

    /** The placement at the version a run saw, its saga locked; empty when someone else moved it on meanwhile (old news). */
    Optional<Loaded> lockAt(OrderId orderId, long version) {
        return lockAt(orderId, version, null);
    }

    /**
     * As {@link #lockAt(OrderId, long)}, with the order as the run stored it ({@link Order#asStoredAt}), which is then
     * not read again; null to read it on first use. Storing it fails if someone changed the order meanwhile.
     */
    Optional<Loaded> lockAt(OrderId orderId, long version, Order stored) {
        var saga = sagas.lock(orderId).orElseThrow(() -> new OrderNotFoundException(orderId));
        if (saga.version() != version) {
            log.debug("Placement of {} moved on from version {} to {}: old news", orderId, version, saga.version());
            return Optional.empty();
        }
        return Optional.of(new Loaded(saga, stored));
    }

    /** A placement whose saga the caller locked, and whose order it may have read already (null if not). */
    public Loaded of(PlacementSaga locked, Order read) {
        return new Loaded(locked, read);
    }

    /**
     * Decides on the outcome and stores what changed (nothing, when the placement ignores it).
     *
     * @param ifRefused what the customer is told if the outcome refuses the order; null for outcomes that cannot
     */
    public Recorded decide(Loaded loaded, PlacementOutcome outcome, OrderPlacementRefusedException ifRefused) {
        var saga = loaded.saga();
        var decided = decideOnly(loaded, outcome, ifRefused);
        if (!decided.changed()) {
            return new Recorded(saga, saga.version(), loaded.isRead() ? OrderView.beforeShipping(loaded.get()) : null, null);
        }
        if (outcome.fromOutside() && saga.isDispatched()) {
            events.publishEvent(new PlacementWorkDue(saga.orderId()));
        }
        return store(loaded, decided.refusal());
    }

    /**
     * Decides on the outcome without storing it yet: for a transaction that records several outcomes of the run that does
     * the steps, and then {@link #store stores} the placement once.
     */
    Decided decideOnly(Loaded loaded, PlacementOutcome outcome, OrderPlacementRefusedException ifRefused) {
        var saga = loaded.saga();
        var decision = loaded.placement().on(outcome, clock.instant());
        if (!decision.changed()) {
            return new Decided(false, null);
        }
        log.info("Placement of {} is {} {}", saga.orderId(), saga.status(),
                saga.step().map(Enum::name).or(() -> saga.nextCompensation().map(Enum::name)).orElse(""));
        if (decision.parked()) {
            meters.counter("placement.sagas.parked.total").increment();
            log.warn("Placement of {} is parked for an operator after {} attempts: {}", saga.orderId(), saga.attempts(),
                    saga.failureReason().orElse(""));
        }
        OrderPlacementRefusedException refusal = null;
        if (decision.verdict() == Verdict.REFUSED) {
            if (keptNoStock(outcome)) {
                meters.counter("placements.unpaid.holds.refused").increment();
            }
            refusal = ifRefused.about(saga.orderId());
            meters.counter("orders.placement.refused", "reason", refusal.reason().name()).increment();
        }
        return new Decided(true, refusal);
    }

    /**
     * An outcome decided on: whether it changed the placement (news it does not wait for does not), and the refusal the
     * customer is told (null when it did not refuse the order).
     */
    record Decided(boolean changed, OrderPlacementRefusedException refusal) {
    }

    /**
     * Stores a placement whose outcomes were decided on: a new one (its saga never stored: the order and the saga are
     * inserted, at version 0), or a loaded one (the saga updated, the order saved if it was read).
     */
    Recorded store(Loaded loaded, OrderPlacementRefusedException refusal) {
        var saga = loaded.saga();
        if (saga.version() == null) {
            orders.save(loaded.get());
            sagas.insert(saga);
            return new Recorded(saga, 0, OrderView.of(loaded.get(), List.of(), 0L), refusal);
        }
        if (loaded.isRead()) {
            // First: an order someone changed meanwhile fails here, before anything else is written.
            orders.save(loaded.get());
        }
        sagas.update(saga);
        return new Recorded(saga, saga.version() + 1, loaded.isRead() ? OrderView.beforeShipping(loaded.get()) : null, refusal);
    }

    /** A payment the customer did not complete, refused because the order may hold no stock while it waits. */
    private static boolean keptNoStock(PlacementOutcome outcome) {
        var payment = outcome instanceof PaymentReported reported ? reported.payment() : outcome;
        return payment instanceof PaymentDeclined declined && declined.hold().isZero()
                || payment instanceof PaymentNeedsAction needsAction && needsAction.hold().isZero();
    }
}
