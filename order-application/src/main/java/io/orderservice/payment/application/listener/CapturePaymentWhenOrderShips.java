package io.orderservice.payment.application.listener;

import io.orderservice.ordering.domain.event.OrderStatusChanged;
import io.orderservice.payment.application.port.in.CapturePaymentUseCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The money is taken when the goods leave: at an order's first shipment (shipped, or partially shipped,
 * from paid or backordered), the whole authorised amount is captured. Delivered at least once through
 * the outbox; capturing a captured payment changes nothing. The condition is evaluated before the
 * outbox stores anything, so other status changes cost no publication.
 */
@Component
class CapturePaymentWhenOrderShips {

    private static final Logger log = LoggerFactory.getLogger(CapturePaymentWhenOrderShips.class);

    private final CapturePaymentUseCase capture;

    CapturePaymentWhenOrderShips(CapturePaymentUseCase capture) {
        this.capture = capture;
    }

    @ApplicationModuleListener(condition = "(#event.to().name() == 'SHIPPED' || #event.to().name() == 'PARTIALLY_SHIPPED')"
            + " && (#event.from().name() == 'PAID' || #event.from().name() == 'BACKORDERED')")
    void captureOnFirstShipment(OrderStatusChanged event) {
        var payment = capture.capture(event.orderId());
        log.info("Captured {} of payment {} for the shipped order", payment.captured(), payment.id());
    }
}
