package io.orderservice.ordering.application.fulfilment;

import io.orderservice.ordering.application.port.in.OrderNotFoundException;
import io.orderservice.ordering.application.port.in.fulfilment.FollowBackordersUseCase;
import io.orderservice.ordering.application.port.out.FulfilmentPlans;
import io.orderservice.ordering.application.port.out.OrderRepository;
import io.orderservice.ordering.domain.event.BackorderNotification;
import io.orderservice.ordering.domain.status.OrderStatus;
import io.orderservice.shared.OrderId;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class FollowBackordersService implements FollowBackordersUseCase {

    private static final Set<OrderStatus> STILL_PLACED = EnumSet.of(OrderStatus.PENDING_APPROVAL, OrderStatus.AWAITING_PAYMENT,
            OrderStatus.ON_HOLD, OrderStatus.PAYMENT_FAILED);

    private final OrderRepository orders;
    private final FulfilmentPlans plans;
    FollowBackordersService(OrderRepository orders, FulfilmentPlans plans) {
        this.orders = orders;
        this.plans = plans;
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
            order.restocked(filled.sku().value(), filled.quantity(), plans.planOf(orderId).waitsForStock(), filled.occurredAt());
        } else {
            var delayed = (Delayed) news;
            order.restockDelayed(new BackorderNotification.Units(delayed.sku().value(), delayed.waiting(), delayed.nowExpected()),
                    delayed.previouslyExpected(), delayed.occurredAt());
        }
        orders.save(order);
    }
}
