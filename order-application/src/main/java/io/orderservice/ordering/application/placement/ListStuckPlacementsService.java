package io.orderservice.ordering.application.placement;

import io.orderservice.ordering.application.port.in.placement.ListStuckPlacementsQuery;
import io.orderservice.ordering.application.port.in.placement.StuckPlacement;
import io.orderservice.ordering.application.port.out.PlacementSagas;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.stereotype.Service;

@Service
class ListStuckPlacementsService implements ListStuckPlacementsQuery {

    private final PlacementSagas sagas;
    private final Clock clock;

    ListStuckPlacementsService(PlacementSagas sagas, Clock clock) {
        this.sagas = sagas;
        this.clock = clock;
    }

    @Override
    public List<StuckPlacement> stuck(Duration overdueBy) {
        return sagas.stuck(clock.instant(), overdueBy).stream()
                .map(saga -> new StuckPlacement(saga.orderId(), saga.status(), saga.work(), saga.attempts(),
                        saga.failureReason(), saga.startedAt(), saga.updatedAt(), saga.deadline()))
                .toList();
    }
}
