package io.orderservice.ordering.application.placement;

import io.orderservice.ordering.application.port.in.OrderView;
import io.orderservice.ordering.application.port.in.PaymentRetryRefusedException;
import io.orderservice.ordering.application.port.in.RetryPaymentUseCase;
import io.orderservice.ordering.domain.IllegalOrderTransitionException;
import io.orderservice.ordering.domain.saga.IllegalSagaStateException;
import io.orderservice.ordering.domain.saga.PlacementOutcome.PaymentRetried;
import io.orderservice.shared.application.RequestEffects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A second chance for a declined payment: the order's placement saga goes back to its payment step with
 * the new method, as a new payment attempt, keeping the stock it reserved. Refused outside the retry window
 * or while the order is not waiting for one. A request with a key that moved the saga already (its answer lost in a
 * crash) moves it no further: the order is answered as it is.
 */
@Service
class RetryPaymentService implements RetryPaymentUseCase {

    private final PlacementStore placements;
    private final PlacementSettlements settlements;
    private final RequestEffects effects;

    RetryPaymentService(PlacementStore placements, PlacementSettlements settlements, RequestEffects effects) {
        this.placements = placements;
        this.settlements = settlements;
        this.effects = effects;
    }

    @Override
    @Transactional
    public OrderView retry(RetryPaymentCommand command) {
        var placement = placements.lock(command.orderId());
        if (command.requestKey() != null && !effects.firstTime(command.requestKey())) {
            return OrderView.beforeShipping(placement.get());
        }
        var paidAnotherWay = placement.saga().checkout().payingWith(command.paymentMethodType(), command.paymentToken());
        settlements.expect(command.orderId());
        try {
            return placements.decide(placement, new PaymentRetried(paidAnotherWay), null).order();
        } catch (IllegalSagaStateException | IllegalOrderTransitionException e) {
            throw new PaymentRetryRefusedException(e.getMessage());
        }
    }
}
