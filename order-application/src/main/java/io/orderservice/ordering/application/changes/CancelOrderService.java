package io.orderservice.ordering.application.changes;

import io.orderservice.ordering.application.placement.PlacementStore;
import io.orderservice.ordering.application.port.in.CancelOrderUseCase;
import io.orderservice.ordering.application.port.in.OrderNotFoundException;
import io.orderservice.ordering.application.port.in.OrderView;
import io.orderservice.ordering.application.port.in.StaleOrderException;
import io.orderservice.ordering.application.port.out.OrderRepository;
import io.orderservice.ordering.application.port.out.PlacementSagas;
import io.orderservice.ordering.application.queries.OrderViews;
import io.orderservice.ordering.domain.Actor;
import io.orderservice.ordering.domain.saga.PlacementOutcome.Abandoned;
import io.orderservice.ordering.domain.saga.PlacementSaga.Status;
import io.orderservice.ordering.domain.status.OrderStatus;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cancellation on behalf of the order's customer (the API has no authentication yet: the storefront
 * cancels for its customer). An order under placement is only ever ended through its saga.
 */
@Service
class CancelOrderService implements CancelOrderUseCase {

    private final OrderRepository orders;
    private final PlacementSagas sagas;
    private final PlacementStore placements;
    private final Clock clock;
    private final OrderViews views;

    CancelOrderService(OrderRepository orders, PlacementSagas sagas, PlacementStore placements, Clock clock, OrderViews views) {
        this.views = views;
        this.orders = orders;
        this.sagas = sagas;
        this.placements = placements;
        this.clock = clock;
    }

    @Override
    @Transactional
    public OrderView cancel(CancelOrderCommand command) {
        var order = orders.findById(command.orderId()).orElseThrow(() -> new OrderNotFoundException(command.orderId()));
        StaleOrderException.refuseUnlessAt(command.expectedVersion(), order.id(), order.version());
        if (order.status() == OrderStatus.CANCELLED) {
            return views.of(order);
        }
        var saga = sagas.lock(order.id()).orElse(null);
        if (saga != null && !saga.status().isFinal()) {
            if (saga.status() == Status.COMPENSATING) {
                return views.of(order);
            }
            var by = Actor.of(command.by());
            return placements.decide(placements.of(saga, order), new Abandoned("cancelled by "
                    + (by.kind() == Actor.Kind.CUSTOMER ? "the customer" : by.id()) + ": " + command.reason()), null).order();
        }
        order.cancel(command.reason(), Actor.of(command.by()), clock.instant());
        orders.save(order);
        return views.of(order);
    }
}
