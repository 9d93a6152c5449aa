package io.orderservice.ordering.application.changes;

import io.orderservice.ordering.application.port.in.OrderNotFoundException;
import io.orderservice.ordering.application.port.in.RefundOrderUseCase;
import io.orderservice.ordering.application.port.out.OrderRepository;
import io.orderservice.ordering.application.queries.OrderViews;
import io.orderservice.ordering.domain.Actor;
import io.orderservice.ordering.domain.RefundLimits;
import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.Money;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Refunds are recorded under the order's row lock, so two operators refunding at once can never give
 * back more than was captured together; the gateway is asked afterwards, through the outbox.
 */
@Service
class RefundOrderService implements RefundOrderUseCase {

    private final OrderRepository orders;
    private final RefundLimits limits;
    private final Clock clock;
    private final OrderViews views;

    RefundOrderService(OrderRepository orders, RefundLimits limits, Clock clock, OrderViews views) {
        this.views = views;
        this.orders = orders;
        this.limits = limits;
        this.clock = clock;
    }

    @Override
    @Transactional
    public RefundAccepted refund(RefundOrderCommand command) {
        var order = orders.lockById(command.orderId()).orElseThrow(() -> new OrderNotFoundException(command.orderId()));
        var refundId = command.requestKey() == null ? UUID.randomUUID() : command.requestKey().derivedId();
        var recorded = order.refunds().stream().filter(refund -> refund.id().equals(refundId)).findFirst();
        if (recorded.isPresent()) {
            return new RefundAccepted(recorded.get(), views.of(order)); // the same request, run again after a crash
        }
        var currency = order.totals().currency();
        Money extra;
        try {
            extra = command.amount() == null ? Money.zero(currency) : Money.of(command.amount(), currency, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException tooPrecise) {
            throw new InvalidValueException(command.amount() + " has more decimals than " + currency + " has");
        }
        var refund = order.refund(refundId, command.reasonCode(), command.lines(), command.shipping(), extra,
                Actor.of(command.by()), clock.instant());
        limits.check(command.by(), refund.amount());
        orders.save(order);
        return new RefundAccepted(refund, views.of(order, order.version() + 1));
    }
}
