package io.orderservice.payment.application.listener;

import io.orderservice.ordering.domain.event.OrderShipped;
import io.orderservice.payment.application.port.in.CapturePaymentUseCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
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

    @ApplicationModuleListener
    void captureOnShipment(OrderShipped event) {
        var payment = capture.capture(event.orderId(), event.orderTotal());
        log.info("Captured {} of payment {} for the shipped order", payment.captured(), payment.id());
    }
}
