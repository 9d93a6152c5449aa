package io.orderservice.ordering.application.port.in.placement;

import io.orderservice.shared.OrderId;
import java.util.Optional;

/** The placement saga of one order, if it has one (orders placed before sagas existed have none). */
public interface GetPlacementQuery {

    Optional<PlacementView> find(OrderId orderId);
}
