package io.orderservice.ordering.application.fulfilment;

import io.orderservice.ordering.application.port.in.CompleteDeliveredOrdersUseCase;
import io.orderservice.ordering.application.port.out.DeliveredOrders;
import io.orderservice.ordering.application.port.out.OrderRepository;
import io.orderservice.ordering.domain.Actor;
import io.orderservice.ordering.domain.ReturnWindow;
import io.orderservice.ordering.domain.status.OrderStatus;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One transaction for the whole sweep: each order is locked and checked again (a return asked for a moment ago
 * keeps it from completing), and its events go to the outbox with the change. Instances sweeping at once queue on the
 * row locks, and the second finds the order completed.
 */
@Service
class CompleteDeliveredOrdersService implements CompleteDeliveredOrdersUseCase {

    private static final Logger log = LoggerFactory.getLogger(CompleteDeliveredOrdersService.class);
    private static final int BATCH = 200;

    private final DeliveredOrders delivered;
    private final OrderRepository orders;
    private final ReturnWindow returnWindow;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CompleteDeliveredOrdersService(DeliveredOrders delivered, OrderRepository orders, ReturnWindow returnWindow,
                                   ApplicationEventPublisher events, Clock clock) {
        this.delivered = delivered;
        this.orders = orders;
        this.returnWindow = returnWindow;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    @Scheduled(initialDelayString = "${order-service.fulfilment.completion-check-every:PT1H}",
            fixedDelayString = "${order-service.fulfilment.completion-check-every:PT1H}")
    public int completeDue() {
        var now = clock.instant();
        int completed = 0;
        for (var orderId : delivered.deliveredBefore(returnWindow.closedForDeliveriesBefore(now), BATCH)) {
            var order = orders.lockById(orderId).orElseThrow();
            if (order.status() != OrderStatus.DELIVERED && order.status() != OrderStatus.PARTIALLY_RETURNED) {
                continue;
            }
            order.complete(Actor.system(), now);
            orders.save(order);
            completed++;
        }
        if (completed > 0) {
            log.info("Completed {} delivered order(s) past their return window", completed);
        }
        return completed;
    }
}
