package io.orderservice.ordering.application;

import io.orderservice.ordering.application.port.in.DecideApprovalUseCase;
import io.orderservice.ordering.application.port.in.OrderView;
import io.orderservice.ordering.domain.Actor;
import io.orderservice.shared.Caller;
import io.orderservice.shared.OrderId;
import org.springframework.stereotype.Service;

@Service
class DecideApprovalService implements DecideApprovalUseCase {

    private final PlacementTransactions placements;

    DecideApprovalService(PlacementTransactions placements) {
        this.placements = placements;
    }

    @Override
    public OrderView decide(OrderId orderId, boolean approve, String reason, Caller approver) {
        return placements.approvalDecided(orderId, approve, reason, Actor.of(approver)).order();
    }
}
