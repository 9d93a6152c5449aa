package io.orderservice.inventory.application.listener;

import io.orderservice.inventory.domain.event.BackorderFilled;
import io.orderservice.inventory.domain.event.RestockPostponed;
import io.orderservice.ordering.application.port.in.fulfilment.FollowBackordersUseCase;
import io.orderservice.ordering.application.port.in.fulfilment.FollowBackordersUseCase.Delayed;
import io.orderservice.ordering.application.port.in.fulfilment.FollowBackordersUseCase.Filled;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Fills and postponed restocks reach the orders that wait, through the outbox: after the restock's transaction
 * commits, at least once (ordering tells the customer, and moves a BACKORDERED order on when nothing waits).
 */
@Component
class TellOrdersAboutBackorders {

    private final FollowBackordersUseCase orders;

    TellOrdersAboutBackorders(FollowBackordersUseCase orders) {
        this.orders = orders;
    }

    @ApplicationModuleListener
    void filled(BackorderFilled event) {
        orders.follow(event.orderId(), new Filled(event.sku(), event.quantity(), event.occurredAt()));
    }

    @ApplicationModuleListener
    void postponed(RestockPostponed event) {
        orders.follow(event.orderId(), new Delayed(event.sku(), event.waiting(), event.previouslyExpected(), event.nowExpected(),
                event.occurredAt()));
    }
}
