package io.orderservice.ordering.application.placement;

import io.orderservice.ordering.application.port.in.OrderPlacementRefusedException;
import io.orderservice.ordering.application.port.in.placement.DecideReviewUseCase;
import io.orderservice.ordering.application.port.in.placement.PlacementView;
import io.orderservice.ordering.domain.Actor;
import io.orderservice.ordering.domain.saga.PlacementOutcome.ReviewDecided;
import io.orderservice.shared.Caller;
import io.orderservice.shared.OrderId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A reviewer decides on an order fraud screening held: approved, its placement goes on; rejected, it is refused. */
@Service
class DecideReviewService implements DecideReviewUseCase {

    private final PlacementStore placements;

    DecideReviewService(PlacementStore placements) {
        this.placements = placements;
    }

    @Override
    @Transactional
    public PlacementView decide(OrderId orderId, boolean approve, String reason, Caller reviewer) {
        var placement = placements.lock(orderId);
        return PlacementView.of(placements.decide(placement, new ReviewDecided(approve, reason, Actor.of(reviewer)),
                OrderPlacementRefusedException.rejected()).saga());
    }
}
