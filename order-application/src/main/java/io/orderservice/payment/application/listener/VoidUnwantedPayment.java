package io.orderservice.payment.application.listener;

import io.orderservice.payment.application.port.in.PaymentOperationParkedException;
import io.orderservice.payment.application.port.in.VoidUnwantedPaymentUseCase;
import io.orderservice.payment.domain.event.PaymentEvent.PaymentUnwanted;
import io.orderservice.shared.application.GatewayCallingListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Money held for an order that does not want it goes back: an authorisation that arrived after its
 * order was cancelled or failed, or one a re-authorisation for a new total replaced, is voided — that
 * payment, not the order's latest — through the outbox, so a gateway that is away is tried again until
 * it answers.
 */
@Component
class VoidUnwantedPayment {

    private static final Logger log = LoggerFactory.getLogger(VoidUnwantedPayment.class);

    private final VoidUnwantedPaymentUseCase voids;

    VoidUnwantedPayment(VoidUnwantedPaymentUseCase voids) {
        this.voids = voids;
    }

    @GatewayCallingListener
    void voidIt(PaymentUnwanted event) {
        try {
            voids.voidUnwanted(event.paymentId()).ifPresent(payment -> log.info("Voided unwanted payment {}", payment.id()));
        } catch (PaymentOperationParkedException parked) {
            log.error("Voiding unwanted payment {} parked: {}", event.paymentId(), parked.getMessage());
        }
    }
}
