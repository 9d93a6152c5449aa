package io.orderservice.ordering.application;

import io.orderservice.ordering.application.port.in.OrderNotFoundException;
import io.orderservice.ordering.application.port.in.OrderView;
import io.orderservice.ordering.application.port.in.PaymentRetryRefusedException;
import io.orderservice.ordering.application.port.in.RetryPaymentUseCase;
import io.orderservice.ordering.application.port.out.PlacementSagas;
import io.orderservice.ordering.domain.IllegalOrderTransitionException;
import io.orderservice.ordering.domain.saga.IllegalSagaStateException;
import org.springframework.stereotype.Service;

/**
 * A second chance for a declined payment: the order's placement saga goes back to its payment step with
 * the new method, as a new payment attempt, keeping the stock it reserved. Refused outside the retry window
 * or while the order is not waiting for one.
 */
@Service
class RetryPaymentService implements RetryPaymentUseCase {

    private final PlacementSagas sagas;
    private final PlacementTransactions placements;
    private final PlacementSettlements settlements;

    RetryPaymentService(PlacementSagas sagas, PlacementTransactions placements, PlacementSettlements settlements) {
        this.sagas = sagas;
        this.placements = placements;
        this.settlements = settlements;
    }

    @Override
    public OrderView retry(RetryPaymentCommand command) {
        var saga = sagas.find(command.orderId()).orElseThrow(() -> new OrderNotFoundException(command.orderId()));
        settlements.expect(command.orderId());
        try {
            return placements.paymentRetried(command.orderId(),
                    saga.checkout().payingWith(command.paymentMethodType(), command.paymentToken()), command.requestKey()).order();
        } catch (IllegalSagaStateException | IllegalOrderTransitionException e) {
            throw new PaymentRetryRefusedException(e.getMessage());
        }
    }
}
