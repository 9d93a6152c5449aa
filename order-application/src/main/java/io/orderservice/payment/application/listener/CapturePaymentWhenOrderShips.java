package io.orderservice.payment.application.listener;

import io.orderservice.ordering.domain.event.OrderShipped;
import io.orderservice.payment.application.port.in.CapturePaymentUseCase;
import io.orderservice.payment.application.port.in.PaymentOperationParkedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The money is taken when the goods leave: at an order's first shipment, its total is captured (all of
 * the authorisation, or less when lines were removed after it). Delivered at least once through the
 * outbox; capturing a captured payment changes nothing, so later shipments change nothing either.
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
        }
    }
}
