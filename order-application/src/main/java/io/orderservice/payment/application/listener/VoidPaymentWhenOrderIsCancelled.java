package io.orderservice.payment.application.listener;

import io.orderservice.ordering.application.port.in.payment.FollowPaymentUseCase;
import io.orderservice.ordering.application.port.in.payment.FollowPaymentUseCase.RefundSettled;
import io.orderservice.ordering.domain.event.OrderCancelled;
import io.orderservice.payment.application.port.in.PaymentOperationParkedException;
import io.orderservice.payment.application.port.in.PaymentOperationRefusedException;
import io.orderservice.payment.application.port.in.VoidPaymentUseCase;
import io.orderservice.payment.domain.IllegalPaymentOperationException;
import io.orderservice.payment.domain.PaymentStatus;
import io.orderservice.shared.application.GatewayCallingListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A cancelled order releases the money its payment holds. Orders are cancellable only before they ship, so a void is
 * enough, but for money a shipment took just before the order was cancelled under it, which is refunded; an order with
 * nothing authorised is left alone. How the
 * release went is reported to the order (its VOID refund entry and history). A gateway out of reach fails
 * the delivery, which the outbox retries.
 */
@Component
class VoidPaymentWhenOrderIsCancelled {

    private static final Logger log = LoggerFactory.getLogger(VoidPaymentWhenOrderIsCancelled.class);

    private final VoidPaymentUseCase voids;
    private final FollowPaymentUseCase orders;

    VoidPaymentWhenOrderIsCancelled(VoidPaymentUseCase voids, FollowPaymentUseCase orders) {
        this.voids = voids;
        this.orders = orders;
    }

    @GatewayCallingListener
    void releaseAuthorisation(OrderCancelled event) {
        RefundSettled outcome;
        try {
            var released = voids.voidFor(event.orderId(), event.paymentRelease());
            released.ifPresentOrElse(payment -> log.info("Released payment {} of the cancelled order: {}", payment.id(),
                    payment.status()), () -> log.info("The cancelled order holds no authorised payment"));
            if (released.filter(payment -> payment.status() != PaymentStatus.VOIDED
                    && payment.status() != PaymentStatus.REFUNDED).isPresent()) {
                // The refund of money taken already is pending at the gateway: reported when it settles.
                return;
            }
            outcome = new RefundSettled(event.paymentRelease(), true, null);
        } catch (PaymentOperationRefusedException | IllegalPaymentOperationException | PaymentOperationParkedException refused) {
            log.warn("Releasing the payment of cancelled order {} refused: {}", event.orderId(), refused.getMessage());
            outcome = new RefundSettled(event.paymentRelease(), false, refused.getMessage());
        }
        if (event.paymentRelease() != null) {
            orders.follow(event.orderId(), outcome);
        }
    }
}
