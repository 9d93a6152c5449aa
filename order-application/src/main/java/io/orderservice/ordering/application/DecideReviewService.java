package io.orderservice.ordering.application;

import io.orderservice.ordering.application.port.in.placement.DecideReviewUseCase;
import io.orderservice.ordering.application.port.in.placement.PlacementView;
import io.orderservice.ordering.domain.Actor;
import io.orderservice.shared.Caller;
import io.orderservice.shared.OrderId;
import org.springframework.stereotype.Service;

@Service
class DecideReviewService implements DecideReviewUseCase {

    private final PlacementTransactions placements;

    DecideReviewService(PlacementTransactions placements) {
        this.placements = placements;
    }

    @Override
    public PlacementView decide(OrderId orderId, boolean approve, String reason, Caller reviewer) {
        return PlacementView.of(placements.reviewDecided(orderId, approve, reason, Actor.of(reviewer)).saga());
    }
}
