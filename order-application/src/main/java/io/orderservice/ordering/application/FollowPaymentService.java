package io.orderservice.ordering.application;

import io.orderservice.ordering.application.port.in.OrderNotFoundException;
import io.orderservice.ordering.application.port.in.payment.FollowPaymentUseCase;
import io.orderservice.ordering.application.port.out.OrderRepository;
import io.orderservice.ordering.domain.Actor;
import io.orderservice.ordering.domain.OrderStatus;
import io.orderservice.shared.OrderId;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class FollowPaymentService implements FollowPaymentUseCase {

    private final OrderRepository orders;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FollowPaymentService(OrderRepository orders, ApplicationEventPublisher events, Clock clock) {
        this.orders = orders;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public boolean follow(OrderId orderId, PaymentOutcome outcome) {
        var order = orders.findById(orderId).orElseThrow(() -> new OrderNotFoundException(orderId));
        boolean changed;
        if (outcome instanceof Captured captured) {
            changed = order.recordCapture(captured.amount());
        } else if (outcome instanceof Refunded refunded) {
            changed = order.recordRefunds(refunded.totalRefunded());
        } else if (outcome instanceof Disputed) {
            changed = order.recordDispute();
        } else if (order.status() != OrderStatus.AWAITING_PAYMENT) {
            changed = false;
        } else if (outcome instanceof Authorised authorised) {
            order.authorisePayment(authorised.reference(), Actor.system(), clock.instant());
            changed = true;
        } else {
            order.failPayment(((Failed) outcome).reason(), Actor.system(), clock.instant());
            changed = true;
        }
        if (!changed) {
            return false;
        }
        orders.save(order);
        order.pullEvents().forEach(events::publishEvent);
        return true;
    }
}
