package io.orderservice.ordering.application.port.in.placement;

import io.orderservice.shared.Caller;
import io.orderservice.shared.OrderId;

/**
 * An operator gives up on a placement that is parked or waiting: what it holds is given back (payment
 * voided, stock released, the most recent first) and the order is cancelled with the reason.
 *
 * @throws io.orderservice.ordering.domain.saga.IllegalSagaStateException when it is over or compensating already
 */
public interface CompensatePlacementUseCase {

    PlacementView compensate(OrderId orderId, String reason, Caller operator);
}
