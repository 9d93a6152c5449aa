package io.orderservice.payment.application.listener;

import io.orderservice.ordering.application.port.in.payment.FollowPaymentUseCase;
import io.orderservice.ordering.application.port.in.payment.FollowPaymentUseCase.Captured;
import io.orderservice.ordering.application.port.in.payment.FollowPaymentUseCase.Disputed;
import io.orderservice.ordering.application.port.in.payment.FollowPaymentUseCase.Refunded;
import io.orderservice.payment.domain.event.PaymentEvent.PaymentCaptured;
import io.orderservice.payment.domain.event.PaymentEvent.PaymentDisputed;
import io.orderservice.payment.domain.event.PaymentEvent.PaymentRefunded;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Captures, refunds and disputes — ours or reported by the gateway — land on the order's payment record,
 * through the outbox, so the order shows what happened to its money. Repeats and late arrivals change
 * nothing (refunds travel as a running total).
 */
@Component
class OrderRecordsItsMoney {

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

    @ApplicationModuleListener
    void disputed(PaymentDisputed event) {
        orders.follow(event.orderId(), new Disputed(event.amount(), event.reason()));
    }
}
