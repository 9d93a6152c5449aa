package io.orderservice.ordering.application;

import io.orderservice.ordering.application.port.in.placement.CompensatePlacementUseCase;
import io.orderservice.ordering.application.port.in.placement.PlacementView;
import io.orderservice.ordering.domain.Actor;
import io.orderservice.shared.Caller;
import io.orderservice.shared.OrderId;
import org.springframework.stereotype.Service;

@Service
class CompensatePlacementService implements CompensatePlacementUseCase {

    private final PlacementTransactions placements;

    CompensatePlacementService(PlacementTransactions placements) {
        this.placements = placements;
    }

    @Override
    public PlacementView compensate(OrderId orderId, String reason, Caller operator) {
        return PlacementView.of(placements.abandoned(orderId, "abandoned by " + Actor.of(operator).id() + ": " + reason)
                .saga());
    }
}
