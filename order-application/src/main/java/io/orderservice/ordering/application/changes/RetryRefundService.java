package io.orderservice.ordering.application.changes;

import io.orderservice.ordering.application.port.in.OrderNotFoundException;
import io.orderservice.ordering.application.port.in.RefundOrderUseCase.RefundAccepted;
import io.orderservice.ordering.application.port.in.RetryRefundUseCase;
import io.orderservice.ordering.application.port.out.OrderRepository;
import io.orderservice.ordering.application.queries.OrderViews;
import io.orderservice.ordering.domain.Actor;
import io.orderservice.ordering.domain.RefundLimits;
import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** As {@link RefundOrderService}: under the order's row lock, the gateway asked afterwards through the outbox. */
@Service
class RetryRefundService implements RetryRefundUseCase {

    private final OrderRepository orders;
    private final RefundLimits limits;
    private final Clock clock;
    private final OrderViews views;

    RetryRefundService(OrderRepository orders, RefundLimits limits, Clock clock, OrderViews views) {
        this.orders = orders;
        this.limits = limits;
        this.clock = clock;
        this.views = views;
    }

    @Override
    @Transactional
    public RefundAccepted retry(RetryRefundCommand command) {
        var order = orders.lockById(command.orderId()).orElseThrow(() -> new OrderNotFoundException(command.orderId()));
        var retryId = command.requestKey() == null ? UUID.randomUUID() : command.requestKey().derivedId();
        var recorded = order.refunds().stream().filter(refund -> refund.id().equals(retryId)).findFirst();
        if (recorded.isPresent()) {
            return new RefundAccepted(recorded.get(), views.of(order)); // the same request, run again after a crash
        }
        var retry = order.retryRefund(command.failedRefundId(), retryId, Actor.of(command.by()), clock.instant());
        limits.check(command.by(), retry.amount());
        orders.save(order);
        return new RefundAccepted(retry, views.of(order, order.version() + 1));
    }
}
