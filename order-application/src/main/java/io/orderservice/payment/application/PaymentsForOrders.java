package io.orderservice.payment.application;

import io.orderservice.ordering.application.port.out.Payments;
import io.orderservice.payment.application.port.in.VoidPaymentUseCase;
import io.orderservice.shared.OrderId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The payment capability as ordering's {@link Payments} port: authorisations and their release. */
@Component
class PaymentsForOrders implements Payments {

    private static final Logger log = LoggerFactory.getLogger(PaymentsForOrders.class);

    private final AuthorisePaymentService authorisations;
    private final VoidPaymentUseCase voids;

    PaymentsForOrders(AuthorisePaymentService authorisations, VoidPaymentUseCase voids) {
        this.authorisations = authorisations;
        this.voids = voids;
    }

    @Override
    public PaymentOutcome authorise(PaymentRequest request) {
        return authorisations.authorise(request);
    }

    @Override
    public void release(OrderId orderId) {
        voids.voidFor(orderId).ifPresentOrElse(
                payment -> log.info("Voided payment {} of the order", payment.id()),
                () -> log.info("The order holds no authorised payment to void"));
    }
}
