package io.orderservice.ordering.application.placement;

import io.orderservice.ordering.application.port.in.OrderView;
import io.orderservice.ordering.application.port.in.PaymentRetryRefusedException;
import io.orderservice.ordering.application.port.in.RetryPaymentUseCase;
import io.orderservice.ordering.application.port.out.Payments;
import io.orderservice.ordering.domain.IllegalOrderTransitionException;
import io.orderservice.ordering.domain.saga.IllegalSagaStateException;
import io.orderservice.ordering.domain.saga.PlacementOutcome.PaymentRetried;
import io.orderservice.shared.application.RequestEffects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A second chance for a declined payment: the order's placement saga goes back to its payment step with
 * the new method (at the provider the customer chose, if the order's payment route offers it), as a new payment attempt,
 * keeping the stock it reserved. Refused outside the retry window
 * or while the order is not waiting for one. A request with a key that moved the saga already (its answer lost in a
 * crash) moves it no further: the order is answered as it is.
 */
@Service
class RetryPaymentService implements RetryPaymentUseCase {

    private final PlacementStore placements;
    private final PlacementSettlements settlements;
    private final RequestEffects effects;
    private final Payments payments;

    RetryPaymentService(PlacementStore placements, PlacementSettlements settlements, RequestEffects effects, Payments payments) {
        this.placements = placements;
        this.settlements = settlements;
        this.effects = effects;
        this.payments = payments;
    }

    @Override
    @Transactional
    public OrderView retry(RetryPaymentCommand command) {
        var placement = placements.lock(command.orderId());
        if (command.requestKey() != null && !effects.firstTime(command.requestKey())) {
            return OrderView.beforeShipping(placement.get());
        }
        var refusal = ProviderChoice.refusal(payments, command.paymentProvider(), command.paymentMethodType(),
                placement.get().amountDue());
        if (refusal.isPresent()) {
            throw refusal.get();
        }
        var paidAnotherWay = placement.saga().checkout().payingWith(command.paymentMethodType(), command.paymentToken(),
                command.paymentProvider());
        settlements.expect(command.orderId());
        try {
            return placements.decide(placement, new PaymentRetried(paidAnotherWay), null).order();
        } catch (IllegalSagaStateException | IllegalOrderTransitionException e) {
            throw new PaymentRetryRefusedException(e.getMessage());
        }
    }
}
