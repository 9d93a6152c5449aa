package io.orderservice.ordering.application.returns;

import io.orderservice.ordering.application.port.in.OrderNotFoundException;
import io.orderservice.ordering.application.port.in.returns.RecordReturnUseCase;
import io.orderservice.ordering.application.port.out.OrderRepository;
import io.orderservice.ordering.domain.Actor;
import io.orderservice.ordering.domain.status.OrderStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class RecordReturnService implements RecordReturnUseCase {

    private final OrderRepository orders;

    RecordReturnService(OrderRepository orders) {
        this.orders = orders;
    }

    @Override
    @Transactional
    public void record(ReturnNews news) {
        var order = orders.lockById(news.orderId()).orElseThrow(() -> new OrderNotFoundException(news.orderId()));
        var by = news.by() == null ? Actor.system() : Actor.of(news.by());
        switch (news.step()) {
            case REQUESTED -> order.requestReturn(news.what(), by, news.at());
            case APPROVED -> order.advanceReturn(news.what(), by, news.at());
            case REJECTED -> {
                if (order.status() == OrderStatus.RETURN_REQUESTED && !news.othersOpen()) {
                    order.declineReturn(news.what(), by, news.at());
                } else {
                    order.advanceReturn(news.what(), by, news.at());
                }
            }
        }
        orders.save(order);
    }
}
