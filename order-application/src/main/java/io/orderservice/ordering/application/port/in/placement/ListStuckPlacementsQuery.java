package io.orderservice.ordering.application.port.in.placement;

import java.time.Duration;
import java.util.List;

/** Parked placements and those past a deadline by more than {@code overdueBy}, oldest first. */
public interface ListStuckPlacementsQuery {

    List<StuckPlacement> stuck(Duration overdueBy);
}
