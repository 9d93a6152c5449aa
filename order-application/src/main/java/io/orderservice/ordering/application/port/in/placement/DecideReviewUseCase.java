package io.orderservice.ordering.application.port.in.placement;

import io.orderservice.shared.Caller;
import io.orderservice.shared.OrderId;

/**
 * A reviewer decides on an order that fraud screening held: approved, its placement goes on (stock,
 * payment); rejected, the order is rejected.
 *
 * @throws io.orderservice.ordering.domain.saga.IllegalSagaStateException when the placement awaits no review
 */
public interface DecideReviewUseCase {

    PlacementView decide(OrderId orderId, boolean approve, String reason, Caller reviewer);
}
