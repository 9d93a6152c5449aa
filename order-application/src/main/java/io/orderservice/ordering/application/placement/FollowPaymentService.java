package io.orderservice.ordering.application.placement;

import io.orderservice.ordering.application.port.in.OrderNotFoundException;
import io.orderservice.ordering.application.port.in.payment.FollowPaymentUseCase;
import io.orderservice.ordering.application.port.out.OrderRepository;
import io.orderservice.ordering.application.port.out.Payments;
import io.orderservice.ordering.application.port.out.PlacementSagas;
import io.orderservice.ordering.domain.Actor;
import io.orderservice.ordering.domain.Order;
import io.orderservice.ordering.domain.saga.PlacementOutcome.PaymentReported;
import io.orderservice.ordering.domain.status.OrderAction;
import io.orderservice.shared.OrderId;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * News of an order's payment from the payment capability. An authorisation or a failure that arrived on its own (a
 * webhook after the customer's confirmation) moves the order's placement if that waits for exactly this news;
 * captures, refunds and disputes are recorded on the order.
 */
@Service
class FollowPaymentService implements FollowPaymentUseCase {

    private final OrderRepository orders;
    private final PlacementSagas sagas;
    private final PlacementStore placements;
    private final PlacementPaymentAnswers answers;
    private final Clock clock;

    FollowPaymentService(OrderRepository orders, PlacementSagas sagas, PlacementStore placements, PlacementPaymentAnswers answers,
                         Clock clock) {
        this.orders = orders;
        this.sagas = sagas;
        this.placements = placements;
        this.answers = answers;
        this.clock = clock;
    }

    @Override
    @Transactional
    public boolean follow(OrderId orderId, PaymentOutcome outcome) {
        if (outcome instanceof Authorised authorised) {
            return reported(orderId, new Payments.Authorised(authorised.reference()));
        }
        if (outcome instanceof Failed failed) {
            return reported(orderId, new Payments.Declined("payment_failed", failed.reason()));
        }
        // Locked: news of one payment arrives on several threads at once (two refunds, a capture and a refund),
        // and each must land; an optimistic conflict would leave it to the outbox's next resubmission.
        var order = orders.lockById(orderId).orElseThrow(() -> new OrderNotFoundException(orderId));
        boolean changed;
        if (outcome instanceof Captured captured) {
            changed = order.recordCapture(captured.amount());
        } else if (outcome instanceof Refunded refunded) {
            changed = order.recordRefunds(refunded.totalRefunded());
        } else if (outcome instanceof RefundSettled settled) {
            changed = order.settleRefund(settled.refundId(), settled.succeeded(), settled.failure(), clock.instant());
        } else {
            changed = order.recordDispute();
        }
        if (!changed) {
            return false;
        }
        orders.save(order);
        return true;
    }

    /** Moves the placement if it waits for this news, and the order with it; returns whether the order moved. */
    private boolean reported(OrderId orderId, Payments.PaymentOutcome outcome) {
        var order = orders.findById(orderId).orElseThrow(() -> new OrderNotFoundException(orderId));
        var saga = sagas.lock(orderId).orElse(null);
        if (saga == null) {
            return followAlone(order, outcome);
        }
        var placement = placements.of(saga, order);
        var waited = placement.placement().awaitsPayment();
        // News the placement does not wait for changes nothing, except that an order someone ended meanwhile makes
        // the placement give back what it still holds (the payment capability gives the money back).
        var answer = answers.of(placement, outcome);
        placements.decide(placement, new PaymentReported(answer.outcome()), answer.ifRefused());
        return waited;
    }

    /** An order placed before placement sagas existed follows the payment's news alone. */
    private boolean followAlone(Order order, Payments.PaymentOutcome outcome) {
        if (!order.status().allowedActions().contains(OrderAction.AUTHORISE_PAYMENT)) {
            return false;
        }
        if (outcome instanceof Payments.Authorised authorised) {
            order.authorisePayment(authorised.reference(), Actor.system(), clock.instant());
        } else {
            order.failPayment(((Payments.Declined) outcome).message(), Actor.system(), clock.instant());
        }
        orders.save(order);
        return true;
    }
}
