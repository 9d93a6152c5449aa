package io.orderservice.payment.application.listener;

import io.orderservice.ordering.domain.event.OrderStatusChanged;
import io.orderservice.payment.application.port.in.VoidPaymentUseCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A cancelled order releases the money its payment holds. Orders are cancellable only before they ship,
 * i.e. before capture, so a void is always enough; an order with nothing authorised is left alone.
 */
@Component
class VoidPaymentWhenOrderIsCancelled {

    private static final Logger log = LoggerFactory.getLogger(VoidPaymentWhenOrderIsCancelled.class);

    private final VoidPaymentUseCase voids;

    VoidPaymentWhenOrderIsCancelled(VoidPaymentUseCase voids) {
        this.voids = voids;
    }

    @ApplicationModuleListener(condition = "#event.to().name() == 'CANCELLED'")
    void releaseAuthorisation(OrderStatusChanged event) {
        voids.voidFor(event.orderId()).ifPresentOrElse(
                payment -> log.info("Voided payment {} of the cancelled order", payment.id()),
                () -> log.info("The cancelled order holds no authorised payment"));
    }
}
