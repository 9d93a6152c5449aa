package io.orderservice.ordering.application.returns;

import io.orderservice.ordering.application.port.in.OrderNotFoundException;
import io.orderservice.ordering.application.port.in.returns.ReleaseReplacementUseCase;
import io.orderservice.ordering.application.port.out.OrderRepository;
import io.orderservice.ordering.domain.Actor;
import io.orderservice.shared.Caller;
import io.orderservice.shared.OrderId;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class ReleaseReplacementService implements ReleaseReplacementUseCase {

    private final OrderRepository orders;
    private final Clock clock;

    ReleaseReplacementService(OrderRepository orders, Clock clock) {
        this.orders = orders;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void returnArrived(OrderId replacement, Caller by) {
        var order = orders.lockById(replacement).orElseThrow(() -> new OrderNotFoundException(replacement));
        if (order.returnArrived(by == null ? Actor.system() : Actor.of(by), clock.instant())) {
            orders.save(order);
        }
    }
}
