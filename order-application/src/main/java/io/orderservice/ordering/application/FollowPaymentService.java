package io.orderservice.ordering.application;

import io.orderservice.ordering.application.port.in.OrderNotFoundException;
import io.orderservice.ordering.application.port.in.payment.FollowPaymentUseCase;
import io.orderservice.ordering.application.port.out.OrderRepository;
import io.orderservice.ordering.application.port.out.Payments;
import io.orderservice.shared.OrderId;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class FollowPaymentService implements FollowPaymentUseCase {

    private final OrderRepository orders;
    private final PlacementTransactions placements;
    private final Clock clock;

    FollowPaymentService(OrderRepository orders, PlacementTransactions placements,
                         Clock clock) {
        this.orders = orders;
        this.placements = placements;
        this.clock = clock;
    }

    @Override
    @Transactional
    public boolean follow(OrderId orderId, PaymentOutcome outcome) {
        if (outcome instanceof Authorised authorised) {
            return placements.paymentReported(orderId, new Payments.Authorised(authorised.reference()));
        }
        if (outcome instanceof Failed failed) {
            return placements.paymentReported(orderId, new Payments.Declined("payment_failed", failed.reason()));
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
}
