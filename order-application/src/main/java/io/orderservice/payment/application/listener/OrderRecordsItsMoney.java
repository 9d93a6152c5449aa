package io.orderservice.payment.application.listener;

import io.orderservice.ordering.application.port.in.payment.FollowPaymentUseCase;
import io.orderservice.ordering.application.port.in.payment.FollowPaymentUseCase.Captured;
import io.orderservice.ordering.application.port.in.payment.FollowPaymentUseCase.Disputed;
import io.orderservice.ordering.application.port.in.payment.FollowPaymentUseCase.RefundSettled;
import io.orderservice.ordering.application.port.in.payment.FollowPaymentUseCase.Refunded;
import io.orderservice.payment.domain.event.PaymentEvent.PaymentCaptured;
import io.orderservice.payment.domain.event.PaymentEvent.PaymentDisputed;
import io.orderservice.payment.domain.event.PaymentEvent.PaymentRefundSettled;
import io.orderservice.payment.domain.event.PaymentEvent.PaymentRefunded;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Captures, refunds and disputes — ours or reported by the gateway — land on the order's payment record,
 * through the outbox, so the order shows what happened to its money, and so does the late outcome of a refund the
 * gateway left pending. Repeats and late arrivals change nothing (refunds travel as a running total).
 */
@Component
class OrderRecordsItsMoney {

    private static final Logger log = LoggerFactory.getLogger(OrderRecordsItsMoney.class);

    private final FollowPaymentUseCase orders;

    OrderRecordsItsMoney(FollowPaymentUseCase orders) {
        this.orders = orders;
    }

    @ApplicationModuleListener
    void captured(PaymentCaptured event) {
        orders.follow(event.orderId(), new Captured(event.amount()));
    }

    @ApplicationModuleListener
    void refunded(PaymentRefunded event) {
        orders.follow(event.orderId(), new Refunded(event.totalRefunded()));
    }

    /** A refund the gateway had left pending settled: the order's refund it was asked under, if any, says how it went. */
    @ApplicationModuleListener
    void refundSettled(PaymentRefundSettled event) {
        orderRefundId(event.refundId()).ifPresentOrElse(
                refundId -> orders.follow(event.orderId(), new RefundSettled(refundId, event.succeeded(), event.failure())),
                () -> log.warn("Refund {} of order {} {}, and no refund of the order was asked under that id", event.refundId(),
                        event.orderId(), event.succeeded() ? "was made" : "failed: " + event.failure()));
    }

    /** Orders ask for refunds under UUIDs; a refund asked otherwise (an operator's tool, a test) is not the order's. */
    private static Optional<UUID> orderRefundId(String refundId) {
        try {
            return Optional.of(UUID.fromString(refundId));
        } catch (IllegalArgumentException | NullPointerException notAnOrdersRefund) {
            return Optional.empty();
        }
    }

    @ApplicationModuleListener
    void disputed(PaymentDisputed event) {
        orders.follow(event.orderId(), new Disputed(event.amount(), event.reason()));
    }
}
