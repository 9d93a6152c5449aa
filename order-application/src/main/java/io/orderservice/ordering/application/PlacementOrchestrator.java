package io.orderservice.ordering.application;

import io.orderservice.ordering.application.PlacementTransactions.Recorded;
import io.orderservice.ordering.application.port.out.FraudScreening.ScreeningRequest;
import io.orderservice.ordering.application.port.out.FraudScreening;
import io.orderservice.ordering.application.port.out.OrderRepository;
import io.orderservice.ordering.application.port.out.Payments.PaymentRequest;
import io.orderservice.ordering.application.port.out.Payments;
import io.orderservice.ordering.application.port.out.PlacementSagas;
import io.orderservice.ordering.domain.Order;
import io.orderservice.ordering.domain.saga.PlacementSaga.Compensation;
import io.orderservice.ordering.domain.saga.PlacementSaga.Status;
import io.orderservice.ordering.domain.saga.PlacementSaga;
import io.orderservice.shared.OrderId;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Service;

/**
 * Runs the work a placement saga dispatched: one step or one compensation per call, never inside a
 * database transaction while a neighbour (fraud screening, a payment gateway) is asked, and each outcome
 * recorded in a transaction of its own ({@link PlacementTransactions}). A neighbour that fails for
 * technical reasons costs the saga an attempt; it is tried again after a backoff, then parked. When the
 * saga comes to rest (or waits out a backoff), a request waiting for it in this process learns so
 * ({@link PlacementSettlements}).
 */
@Service
class PlacementOrchestrator {

    private static final Logger log = LoggerFactory.getLogger(PlacementOrchestrator.class);

    private final PlacementSagas sagas;
    private final PlacementTransactions transactions;
    private final PlacementSettlements settlements;
    private final OrderRepository orders;
    private final FraudScreening fraud;
    private final Payments payments;

    PlacementOrchestrator(PlacementSagas sagas, PlacementTransactions transactions, PlacementSettlements settlements,
                          OrderRepository orders, FraudScreening fraud, Payments payments) {
        this.sagas = sagas;
        this.transactions = transactions;
        this.settlements = settlements;
        this.orders = orders;
        this.fraud = fraud;
        this.payments = payments;
    }

    /** Does the work the saga of {@code orderId} dispatched at {@code version}; old news does nothing. */
    public void advance(OrderId orderId, long version) {
        try (var ignored = MDC.putCloseable("orderId", orderId.toString())) {
            var saga = sagas.find(orderId).orElse(null);
            if (saga == null || saga.version() != version || !saga.isDispatched()) {
                log.debug("Placement work of {} at version {} is no longer due", orderId, version);
                return;
            }
            Optional<Recorded> recorded;
            try {
                recorded = saga.status() == Status.COMPENSATING ? compensate(saga) : step(saga);
            } catch (ConcurrencyFailureException e) {
                log.debug("Placement of {} was moved on concurrently: {}", orderId, e.getMessage());
                return;
            } catch (RuntimeException e) {
                log.warn("Placement work {} of {} failed: {}", saga.step().map(Enum::name).orElse("compensation"), orderId,
                        e.toString());
                recorded = transactions.attemptFailed(orderId, version, describe(e));
            }
            // At rest, or waiting out a backoff: a request waiting for the outcome has nothing to gain by waiting longer.
            recorded.filter(done -> !done.saga().isDispatched())
                    .ifPresent(done -> settlements.settled(orderId, done.refusal()));
        }
    }

    private Optional<Recorded> step(PlacementSaga saga) {
        var orderId = saga.orderId();
        long version = saga.version();
        return switch (saga.step().orElseThrow()) {
            case SCREEN -> transactions.screened(orderId, version, fraud.screen(screening(saga, order(orderId))));
            case RESERVE_STOCK -> transactions.reserveStock(orderId, version);
            case AUTHORISE_PAYMENT -> {
                var order = order(orderId);
                var checkout = saga.checkout();
                var outcome = payments.authorise(new PaymentRequest(orderId, saga.paymentAttempt(), order.customerId(),
                        order.totals().grandTotal(), checkout.paymentMethod(), checkout.paymentToken()));
                yield transactions.paymentAnswered(orderId, version, outcome);
            }
            case CONFIRM -> transactions.confirm(orderId, version);
        };
    }

    private Optional<Recorded> compensate(PlacementSaga saga) {
        var compensation = saga.nextCompensation().orElseThrow();
        if (compensation == Compensation.VOID_PAYMENT) {
            payments.release(saga.orderId());
        }
        return transactions.compensated(saga.orderId(), saga.version(), compensation);
    }

    private static ScreeningRequest screening(PlacementSaga saga, Order order) {
        var checkout = saga.checkout();
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
