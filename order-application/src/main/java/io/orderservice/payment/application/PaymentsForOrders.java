package io.orderservice.payment.application;

import io.orderservice.ordering.application.port.out.Payments;
import io.orderservice.payment.application.port.in.CapturePaymentUseCase;
import io.orderservice.payment.application.port.in.PaymentNotFoundException;
import io.orderservice.payment.application.port.in.PaymentOperationParkedException;
import io.orderservice.payment.application.port.in.PaymentOperationRefusedException;
import io.orderservice.payment.application.port.in.VoidPaymentUseCase;
import io.orderservice.payment.application.port.out.PaymentGatewayUnavailableException;
import io.orderservice.payment.application.port.out.PaymentRepository;
import io.orderservice.payment.domain.IllegalPaymentOperationException;
import io.orderservice.payment.domain.PaymentId;
import io.orderservice.payment.domain.PaymentStatus;
import io.orderservice.shared.Money;
import io.orderservice.shared.OrderId;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The payment capability as ordering's {@link Payments} port: authorisations, their release, and captures. */
@Component
class PaymentsForOrders implements Payments {

    private static final Logger log = LoggerFactory.getLogger(PaymentsForOrders.class);

    private final AuthorisePaymentService authorisations;
    private final VoidPaymentUseCase voids;
    private final CapturePaymentUseCase captures;
    private final PaymentRepository payments;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PaymentsForOrders(AuthorisePaymentService authorisations, VoidPaymentUseCase voids, CapturePaymentUseCase captures,
                      PaymentRepository payments, ApplicationEventPublisher events, Clock clock) {
        this.authorisations = authorisations;
        this.voids = voids;
        this.captures = captures;
        this.payments = payments;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public PaymentOutcome coverNewTotal(OrderId orderId, long orderVersion, Money newTotal) {
        var current = payments.lockLatestForOrder(orderId).filter(payment -> payment.status() == PaymentStatus.AUTHORISED)
                .orElseThrow(() -> new IllegalPaymentOperationException("order " + orderId + " holds no authorised payment"));
        if (!newTotal.isGreaterThan(current.amount())) {
            return new Authorised(current.authorisationReference());
        }
        // Replaced first, so that the new payment may be the order's live one. The caller refuses the change when
        // the new authorisation is not given, rolling this back: the current authorisation stays the order's.
        current.replaced("replaced by an authorisation of " + newTotal + " after the order's lines changed", clock.instant());
        payments.update(current);
        var outcome = authorisations.authorise(PaymentId.forAmendment(orderId, orderVersion), new PaymentRequest(orderId, 1,
                current.customerId(), newTotal, current.methodType(), current.token()));
        if (outcome instanceof Authorised) {
            current.pullEvents().forEach(events::publishEvent);
        }
        return outcome;
    }

    @Override
    public PaymentOutcome authorise(PaymentRequest request) {
        return authorisations.authorise(request);
    }

    @Override
    public CaptureOutcome capture(OrderId orderId, Money orderTotal) {
        try {
            return new Captured(captures.capture(orderId, orderTotal).authorisationReference());
        } catch (PaymentOperationRefusedException | PaymentOperationParkedException | IllegalPaymentOperationException
                 | PaymentNotFoundException refused) {
            return new CaptureRefused(refused.getMessage());
        } catch (PaymentGatewayUnavailableException unavailable) {
            return new Unavailable(unavailable.getMessage());
        }
    }

    @Override
    public void release(OrderId orderId) {
        voids.voidFor(orderId).ifPresentOrElse(
                payment -> log.info("Voided payment {} of the order", payment.id()),
                () -> log.info("The order holds no authorised payment to void"));
    }
}
