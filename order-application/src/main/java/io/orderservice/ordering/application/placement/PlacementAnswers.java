package io.orderservice.ordering.application.placement;

import io.orderservice.ordering.application.placement.PlacementStore.Recorded;
import io.orderservice.ordering.application.port.in.OrderNotFoundException;
import io.orderservice.ordering.application.port.in.OrderPlacementRefusedException;
import io.orderservice.ordering.application.port.in.OrderView;
import io.orderservice.ordering.application.port.in.PlacementAnswer;
import io.orderservice.ordering.application.port.out.OrderRepository;
import io.orderservice.ordering.application.port.out.PlacementSagas;
import io.orderservice.ordering.domain.saga.PlacementSaga.Status;
import io.orderservice.shared.OrderId;
import org.springframework.stereotype.Component;

/**
 * What a request that placed an order (or retried its payment) is answered: the order, and whether its placement is
 * still at work; a refusal is thrown instead. From what a run recorded, which knows the refusal's facts (the shortages,
 * the decline code), or from the stored state, which keeps the refusal only as text.
 */
@Component
class PlacementAnswers {

    private final PlacementSagas sagas;
    private final OrderRepository orders;

    PlacementAnswers(PlacementSagas sagas, OrderRepository orders) {
        this.sagas = sagas;
        this.orders = orders;
    }

    /** The answer as a run recorded it; read from the store when the run did not read the order. */
    PlacementAnswer of(Recorded recorded) {
        if (recorded.refusal() != null) {
            throw recorded.refusal();
        }
        return recorded.order() == null ? asStored(recorded.saga().orderId()) : answer(recorded.order(), recorded.saga().status());
    }

    /** The answer as the order and its placement stand now. */
    PlacementAnswer asStored(OrderId orderId) {
        var order = orders.findById(orderId).orElseThrow(() -> new OrderNotFoundException(orderId));
        var status = sagas.find(orderId).map(saga -> saga.status()).orElse(Status.COMPLETED);
        return answer(OrderView.beforeShipping(order), status);
    }

    private static PlacementAnswer answer(OrderView order, Status status) {
        var orderId = order.id();
        switch (status) {
            case AWAITING_PAYMENT_RETRY -> throw OrderPlacementRefusedException.paymentDeclined("declined",
                    "the payment was declined; another payment method may be used").about(orderId);
            case FAILED -> throw OrderPlacementRefusedException.rejected().about(orderId);
            default -> {
                return new PlacementAnswer(order, status != Status.COMPLETED && status != Status.AWAITING_PAYMENT_ACTION);
            }
        }
    }
}
