package io.orderservice.payment.application.listener;

import io.orderservice.ordering.domain.event.OrderShipped;
import io.orderservice.payment.application.port.in.CapturePaymentUseCase;
import io.orderservice.payment.application.port.in.PaymentNotFoundException;
import io.orderservice.payment.application.port.in.PaymentOperationParkedException;
import io.orderservice.shared.application.GatewayCallingListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A backstop: a shipment is recorded only after its order's money was taken (ADR 0025), so this finds the payment
 * captured and changes nothing. It captures what a shipment recorded before that rule left uncaptured (its outbox
 * publication may still be pending after an upgrade): the order's total, never more than the authorisation.
 */
@Component
class CapturePaymentWhenOrderShips {

    private static final Logger log = LoggerFactory.getLogger(CapturePaymentWhenOrderShips.class);

    private final CapturePaymentUseCase capture;

    CapturePaymentWhenOrderShips(CapturePaymentUseCase capture) {
        this.capture = capture;
    }

    @GatewayCallingListener
    void captureOnShipment(OrderShipped event) {
        try {
            var payment = capture.capture(event.orderId(), event.orderTotal());
            log.info("Captured {} of payment {} for the shipped order", payment.captured(), payment.id());
        } catch (PaymentOperationParkedException parked) {
            log.error("Capture for shipped order {} parked: {}", event.orderId(), parked.getMessage());
        } catch (PaymentNotFoundException none) {
            // An exchange's replacement that its return paid in full has no payment: nothing to take.
            log.info("Shipped order {} has no payment to capture", event.orderId());
        }
    }
}
