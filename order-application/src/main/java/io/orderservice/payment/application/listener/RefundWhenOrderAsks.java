package io.orderservice.payment.application.listener;

import io.orderservice.ordering.application.port.in.payment.FollowPaymentUseCase;
import io.orderservice.ordering.application.port.in.payment.FollowPaymentUseCase.RefundSettled;
import io.orderservice.ordering.domain.event.OrderRefundRequested;
import io.orderservice.payment.application.port.in.PaymentNotFoundException;
import io.orderservice.payment.application.port.in.PaymentOperationParkedException;
import io.orderservice.payment.application.port.in.PaymentOperationRefusedException;
import io.orderservice.payment.application.port.in.RefundPaymentUseCase;
import io.orderservice.payment.application.port.in.RefundPaymentUseCase.RefundCommand;
import io.orderservice.payment.domain.IllegalPaymentOperationException;
import io.orderservice.shared.application.GatewayCallingListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Makes the refunds an order asks for, through the outbox: the refund's id is its idempotency key, so a
 * redelivery after a crash refunds once. A gateway out of reach fails the delivery (it is tried again); a
 * refusal is an answer and is reported to the order as a failed refund. A refund the gateway left pending is
 * reported when the gateway settles it ({@link OrderRecordsItsMoney}).
 */
@Component
class RefundWhenOrderAsks {

    private static final Logger log = LoggerFactory.getLogger(RefundWhenOrderAsks.class);

    private final RefundPaymentUseCase refunds;
    private final FollowPaymentUseCase orders;

    RefundWhenOrderAsks(RefundPaymentUseCase refunds, FollowPaymentUseCase orders) {
        this.refunds = refunds;
        this.orders = orders;
    }

    @GatewayCallingListener
    void refund(OrderRefundRequested event) {
        RefundSettled outcome;
        try {
            var made = refunds.refund(new RefundCommand(event.orderId(), event.amount(), event.refundId().toString(),
                    event.reasonCode()));
            if (made.pending()) {
                log.info("Refund {} of order {} is pending at the gateway", event.refundId(), event.orderId());
                return;
            }
            outcome = new RefundSettled(event.refundId(), true, null);
        } catch (PaymentOperationRefusedException | IllegalPaymentOperationException | PaymentNotFoundException
                 | PaymentOperationParkedException refused) {
            log.warn("Refund {} of order {} refused: {}", event.refundId(), event.orderId(), refused.getMessage());
            outcome = new RefundSettled(event.refundId(), false, refused.getMessage());
        }
        orders.follow(event.orderId(), outcome);
    }
}
