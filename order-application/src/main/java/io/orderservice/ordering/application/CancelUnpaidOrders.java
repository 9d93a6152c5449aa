package io.orderservice.ordering.application;

import io.orderservice.ordering.application.port.out.OrderRepository;
import io.orderservice.ordering.application.port.out.OrderSummaries;
import io.orderservice.ordering.domain.Actor;
import io.orderservice.ordering.domain.OrderStatus;
import io.orderservice.ordering.domain.saga.SagaPolicy;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * When an order's payment retry window lapses, the order is cancelled with the reason; cancelling gives
 * its stock back (inventory listens). One batch per run; instances running it at once take different
 * orders (the orders are locked, locked ones skipped).
 */
@Service
public class CancelUnpaidOrders {

    private static final Logger log = LoggerFactory.getLogger(CancelUnpaidOrders.class);
    private static final int BATCH = 100;

    private final OrderSummaries summaries;
    private final OrderRepository orders;
    private final SagaPolicy policy;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CancelUnpaidOrders(OrderSummaries summaries, OrderRepository orders, SagaPolicy policy, ApplicationEventPublisher events,
                       Clock clock) {
        this.summaries = summaries;
        this.orders = orders;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
    }

    /** Cancels the orders whose payment failed longer ago than the retry window; returns how many. */
    @Scheduled(initialDelayString = "${order-service.placement.lapse-check-every:PT1M}",
            fixedDelayString = "${order-service.placement.lapse-check-every:PT1M}")
    @Transactional
    public int cancelLapsed() {
        var now = clock.instant();
        int cancelled = 0;
        for (var orderId : summaries.paymentFailedBefore(now.minus(policy.paymentRetryWindow()), BATCH)) {
            var order = orders.findById(orderId).orElseThrow();
            if (order.status() != OrderStatus.PAYMENT_FAILED) {
                continue;
            }
            order.cancel("payment not retried within " + policy.paymentRetryWindow(), Actor.system(), now);
            orders.save(order);
            order.pullEvents().forEach(events::publishEvent);
            cancelled++;
        }
        if (cancelled > 0) {
            log.info("Cancelled {} orders whose payment retry window lapsed", cancelled);
        }
        return cancelled;
    }
}
