package io.orderservice.ordering.application.returns;

import io.orderservice.ordering.application.port.in.OrderNotFoundException;
import io.orderservice.ordering.application.port.in.returns.RecordReturnUseCase;
import io.orderservice.ordering.application.port.out.OrderRepository;
import io.orderservice.ordering.domain.Actor;
import io.orderservice.ordering.domain.Order;
import io.orderservice.ordering.domain.OrderRefund.RefundedLine;
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
        if (news.step() == Step.STILL_OPEN_AT_DELIVERY && order.status() != OrderStatus.DELIVERED) {
            return; // told before, or the order moved on
        }
        switch (news.step()) {
            case REQUESTED, STILL_OPEN_AT_DELIVERY -> order.requestReturn(news.what(), by, news.at());
            case APPROVED -> order.advanceReturn(news.what(), by, news.at());
            case REJECTED, RECEIVED -> ended(order, news, by);
        }
        if (news.refund() != null) {
            var refund = news.refund();
            order.refundReturn(refund.refundId(), refund.reasonCode(), refund.lines().stream()
                            .map(line -> new RefundedLine(line.lineNumber(), line.quantity(), line.amount())).toList(),
                    refund.shipping(), refund.fee().plus(refund.discountRecount()), refund.total(), refund.reference(), by, news.at());
        }
        orders.save(order);
    }

    /**
     * A return ended: when it was the order's last open one, the order's status says what came back; otherwise (or
     * while other parcels of the order are on their way) the status stays.
     */
    private static void ended(Order order, ReturnNews news, Actor by) {
        if (order.status() != OrderStatus.RETURN_REQUESTED) {
            order.advanceReturn(news.what(), by, news.at());
            return;
        }
        switch (news.returns()) {
            case OPEN -> order.advanceReturn(news.what(), by, news.at());
            case NOTHING_BACK -> order.declineReturn(news.what(), by, news.at());
            case PART_BACK -> order.receiveReturnInPart(news.what(), by, news.at());
            case EVERYTHING_BACK -> order.receiveReturn(news.what(), by, news.at());
        }
    }
}
