package io.orderservice.ordering.application.placement;

import io.orderservice.ordering.application.port.in.placement.CompensatePlacementUseCase;
import io.orderservice.ordering.application.port.in.placement.PlacementView;
import io.orderservice.ordering.domain.Actor;
import io.orderservice.ordering.domain.saga.PlacementOutcome.Abandoned;
import io.orderservice.shared.Caller;
import io.orderservice.shared.OrderId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An operator gives a placement up: what it holds is given back, and its order is cancelled. */
@Service
class CompensatePlacementService implements CompensatePlacementUseCase {

    private final PlacementStore placements;

    CompensatePlacementService(PlacementStore placements) {
        this.placements = placements;
    }

    @Override
    @Transactional
    public PlacementView compensate(OrderId orderId, String reason, Caller operator) {
        var placement = placements.lock(orderId);
        return PlacementView.of(placements.decide(placement,
                new Abandoned("abandoned by " + Actor.of(operator).id() + ": " + reason), null).saga());
    }
}
