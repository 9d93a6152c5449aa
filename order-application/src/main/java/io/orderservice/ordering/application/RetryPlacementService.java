package io.orderservice.ordering.application;

import io.orderservice.ordering.application.port.in.placement.PlacementView;
import io.orderservice.ordering.application.port.in.placement.RetryPlacementUseCase;
import io.orderservice.shared.OrderId;
import org.springframework.stereotype.Service;

@Service
class RetryPlacementService implements RetryPlacementUseCase {

    private final PlacementTransactions placements;

    RetryPlacementService(PlacementTransactions placements) {
        this.placements = placements;
    }

    @Override
    public PlacementView retry(OrderId orderId) {
        return PlacementView.of(placements.retriedParked(orderId).saga());
    }
}
