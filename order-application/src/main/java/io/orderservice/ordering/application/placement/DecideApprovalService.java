package io.orderservice.ordering.application.placement;

import io.orderservice.ordering.application.port.in.DecideApprovalUseCase;
import io.orderservice.ordering.application.port.in.OrderView;
import io.orderservice.ordering.domain.Actor;
import io.orderservice.ordering.domain.saga.PlacementOutcome.ApprovalDecided;
import io.orderservice.shared.Caller;
import io.orderservice.shared.OrderId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An approver decides on an order waiting for approval: approved, its placement starts; rejected, it is cancelled. */
@Service
class DecideApprovalService implements DecideApprovalUseCase {

    private final PlacementStore placements;

    DecideApprovalService(PlacementStore placements) {
        this.placements = placements;
    }

    @Override
    @Transactional
    public OrderView decide(OrderId orderId, boolean approve, String reason, Caller approver) {
        var placement = placements.lock(orderId);
        return placements.decide(placement, new ApprovalDecided(approve, reason, Actor.of(approver)), null).order();
    }
}
