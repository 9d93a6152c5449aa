package io.orderservice.ordering.application.placement;

import io.orderservice.ordering.application.port.in.placement.PlacementView;
import io.orderservice.ordering.application.port.in.placement.RetryPlacementUseCase;
import io.orderservice.ordering.domain.saga.PlacementOutcome.ParkedRetried;
import io.orderservice.shared.OrderId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An operator tries a parked placement again, from the work it was parked at. */
@Service
class RetryPlacementService implements RetryPlacementUseCase {

    private final PlacementStore placements;

    RetryPlacementService(PlacementStore placements) {
        this.placements = placements;
    }

    @Override
    @Transactional
    public PlacementView retry(OrderId orderId) {
        var placement = placements.lock(orderId);
        return PlacementView.of(placements.decide(placement, new ParkedRetried(), null).saga());
    }
}
