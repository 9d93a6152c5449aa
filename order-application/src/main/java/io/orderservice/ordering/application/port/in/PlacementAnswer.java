package io.orderservice.ordering.application.port.in;

import org.springframework.modulith.NamedInterface;

/**
 * Where a placement (or a payment retry) stands when its caller stops waiting: the order, and whether
 * its saga is still working on it (or waits for a reviewer or an operator). A refused placement is not
 * an answer but an {@link OrderPlacementRefusedException}.
 */
@NamedInterface("placement")
public record PlacementAnswer(OrderView order, boolean inProgress) {
}
