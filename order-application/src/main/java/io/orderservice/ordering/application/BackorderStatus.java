package io.orderservice.ordering.application;

import io.orderservice.ordering.application.port.out.FulfilmentPlans.FulfilmentPlan;
import io.orderservice.ordering.domain.Actor;
import io.orderservice.ordering.domain.Order;
import io.orderservice.ordering.domain.OrderStatus;
import io.orderservice.ordering.domain.event.BackorderNotification;
import java.time.Instant;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * An order's status in step with what of it waits for a restock: a PAID order with units waiting is BACKORDERED and
 * its customer told which ({@link BackorderNotification.Created}); a BACKORDERED one with nothing waiting is PAID
 * again. For the moments its stock is decided anew: the placement's confirmation, a change of its lines.
 */
@Component
class BackorderStatus {

    private final ApplicationEventPublisher events;

    BackorderStatus(ApplicationEventPublisher events) {
        this.events = events;
    }

    void follow(Order order, FulfilmentPlan plan, Instant at) {
        if (plan.waitsForStock() && order.status() == OrderStatus.PAID) {
            var waiting = plan.backorders().stream().filter(backorder -> backorder.waiting() > 0)
                    .map(backorder -> new BackorderNotification.Units(backorder.sku().value(), backorder.waiting(),
                            backorder.restockExpected())).toList();
            order.backorder(waiting.stream().map(units -> units.quantity() + " × " + units.sku())
                    .collect(Collectors.joining(", ", "waiting for stock: ", "")), Actor.system(), at);
            events.publishEvent(new BackorderNotification.Created(order.id(), order.customerId(), waiting, at));
        } else if (!plan.waitsForStock() && order.status() == OrderStatus.BACKORDERED) {
            order.fillBackorder(Actor.system(), at);
        }
    }
}
