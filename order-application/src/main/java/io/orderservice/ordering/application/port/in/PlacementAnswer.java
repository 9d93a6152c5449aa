package io.orderservice.ordering.application.port.in;

/**
 * Where a placement (or a payment retry) stands when its caller stops waiting: the order, and whether
 * its saga is still working on it (or waits for a reviewer or an operator). A refused placement is not
 * an answer but an {@link OrderPlacementRefusedException}.
 */
public record PlacementAnswer(OrderView order, boolean inProgress) {
}
