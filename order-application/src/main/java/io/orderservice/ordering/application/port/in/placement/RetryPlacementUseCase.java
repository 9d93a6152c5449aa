package io.orderservice.ordering.application.port.in.placement;

import io.orderservice.shared.OrderId;

/**
 * An operator tries a parked placement again, from the work where it stopped, with a fresh set of attempts.
 *
 * @throws io.orderservice.ordering.domain.saga.IllegalSagaStateException when the placement is not parked
 */
public interface RetryPlacementUseCase {

    PlacementView retry(OrderId orderId);
}
