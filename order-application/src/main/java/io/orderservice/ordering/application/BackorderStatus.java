package io.orderservice.ordering.application;

import io.orderservice.ordering.application.port.out.FulfilmentPlans.FulfilmentPlan;
import io.orderservice.ordering.domain.Actor;
import io.orderservice.ordering.domain.Order;
import io.orderservice.ordering.domain.OrderStatus;
import io.orderservice.ordering.domain.event.BackorderNotification;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * An order's status in step with what of it waits for a restock: a PAID order with units waiting is BACKORDERED and
 * its customer told which ({@link BackorderNotification.Created}); a BACKORDERED one with nothing waiting is PAID
 * again. For the moments its stock is decided anew: the placement's confirmation, a change of its lines.
 */
@Component
class BackorderStatus {

    void follow(Order order, FulfilmentPlan plan, Instant at) {
        if (plan.waitsForStock() && order.status() == OrderStatus.PAID) {
            order.waitForRestock(plan.backorders().stream().filter(backorder -> backorder.waiting() > 0)
                    .map(backorder -> new BackorderNotification.Units(backorder.sku().value(), backorder.waiting(),
                            backorder.restockExpected())).toList(), null, Actor.system(), at);
        } else if (!plan.waitsForStock() && order.status() == OrderStatus.BACKORDERED) {
            order.fillBackorder(Actor.system(), at);
        }
    }
}
