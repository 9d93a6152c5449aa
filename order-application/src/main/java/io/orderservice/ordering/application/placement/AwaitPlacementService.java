package io.orderservice.ordering.application.placement;

import io.orderservice.ordering.application.port.in.AwaitPlacementQuery;
import io.orderservice.ordering.application.port.in.PlacementAnswer;
import io.orderservice.shared.OrderId;
import java.time.Duration;
import org.springframework.stereotype.Service;

@Service
class AwaitPlacementService implements AwaitPlacementQuery {

    private final PlacementSettlements settlements;
    private final PlacementAnswers answers;

    AwaitPlacementService(PlacementSettlements settlements, PlacementAnswers answers) {
        this.settlements = settlements;
        this.answers = answers;
    }

    @Override
    public PlacementAnswer await(OrderId orderId, Duration patience) {
        try {
            var settled = settlements.await(orderId, patience);
            if (settled.isPresent()) {
                return answers.of(settled.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return answers.asStored(orderId);
    }
}
