package io.orderservice.ordering.application;

import io.orderservice.ordering.application.port.in.OrderNotFoundException;
import io.orderservice.ordering.application.port.in.fulfilment.FollowBackordersUseCase;
import io.orderservice.ordering.application.port.out.FulfilmentPlans;
import io.orderservice.ordering.application.port.out.OrderRepository;
import io.orderservice.ordering.domain.Actor;
import io.orderservice.ordering.domain.OrderStatus;
import io.orderservice.ordering.domain.event.BackorderNotification;
import io.orderservice.shared.OrderId;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class FollowBackordersService implements FollowBackordersUseCase {

    private static final Set<OrderStatus> STILL_PLACED = EnumSet.of(OrderStatus.PENDING_APPROVAL, OrderStatus.AWAITING_PAYMENT,
            OrderStatus.ON_HOLD, OrderStatus.PAYMENT_FAILED);

    private final OrderRepository orders;
    private final FulfilmentPlans plans;
    private final ApplicationEventPublisher events;

    FollowBackordersService(OrderRepository orders, FulfilmentPlans plans, ApplicationEventPublisher events) {
        this.orders = orders;
        this.plans = plans;
        this.events = events;
    }

    /** Under the order's row lock: fills of two SKUs of one order arrive at once, and both must count. */
    @Override
    @Transactional
    public void follow(OrderId orderId, BackorderNews news) {
        var order = orders.lockById(orderId).orElseThrow(() -> new OrderNotFoundException(orderId));
        if (order.status().isFinal() || STILL_PLACED.contains(order.status())) {
            // ended; or still being placed, when the placement's confirmation tells the customer what waits
            return;
        }
        if (news instanceof Filled filled) {
            var stillWaiting = plans.planOf(orderId).waitsForStock();
            if (!stillWaiting && order.status() == OrderStatus.BACKORDERED) {
                order.fillBackorder(Actor.system(), filled.occurredAt());
                orders.save(order);
            }
            events.publishEvent(new BackorderNotification.Filled(orderId, order.customerId(), filled.sku().value(),
                    filled.quantity(), stillWaiting, filled.occurredAt()));
        } else {
            var delayed = (Delayed) news;
            events.publishEvent(new BackorderNotification.Delayed(orderId, order.customerId(),
                    new BackorderNotification.Units(delayed.sku().value(), delayed.waiting(), delayed.nowExpected()),
                    delayed.previouslyExpected(), delayed.occurredAt()));
        }
    }
}
