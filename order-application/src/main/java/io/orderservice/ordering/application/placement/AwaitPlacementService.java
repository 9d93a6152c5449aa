package io.orderservice.ordering.application.placement;

import io.orderservice.ordering.application.port.in.AwaitPlacementQuery;
import io.orderservice.ordering.application.port.in.OrderNotFoundException;
import io.orderservice.ordering.application.port.in.OrderPlacementRefusedException;
import io.orderservice.ordering.application.port.in.OrderView;
import io.orderservice.ordering.application.port.in.PlacementAnswer;
import io.orderservice.ordering.application.port.out.OrderRepository;
import io.orderservice.ordering.application.port.out.PlacementSagas;
import io.orderservice.ordering.domain.saga.PlacementSaga.Status;
import io.orderservice.shared.OrderId;
import java.time.Duration;
import org.springframework.stereotype.Service;

@Service
class AwaitPlacementService implements AwaitPlacementQuery {

    private final PlacementSettlements settlements;
    private final PlacementSagas sagas;
    private final OrderRepository orders;

    AwaitPlacementService(PlacementSettlements settlements, PlacementSagas sagas, OrderRepository orders) {
        this.settlements = settlements;
        this.sagas = sagas;
        this.orders = orders;
    }

    @Override
    public PlacementAnswer await(OrderId orderId, Duration patience) {
        try {
            var settled = settlements.await(orderId, patience);
            if (settled.isPresent()) {
                if (settled.get().refusal() != null) {
                    throw settled.get().refusal();
                }
                if (settled.get().order() != null) {
                    return answer(settled.get().order(), settled.get().saga().status());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
