package io.orderservice.payment.application;

import io.orderservice.ordering.application.port.out.Payments;
import io.orderservice.payment.application.port.out.PaymentGateway.Approved;
import io.orderservice.payment.application.port.out.PaymentGateway.AuthorisationRequest;
import io.orderservice.payment.application.port.out.PaymentGateway.GatewayResult;
import io.orderservice.payment.application.port.out.PaymentGateway.Refused;
import io.orderservice.payment.application.port.out.PaymentGateway.RequiresAction;
import io.orderservice.payment.application.port.out.PaymentGatewayUnavailableException;
import io.orderservice.payment.application.port.out.PaymentRepository;
import io.orderservice.payment.domain.Payment;
import io.orderservice.payment.domain.PaymentId;
import io.orderservice.payment.domain.PaymentRouting;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Authorises an order's payment: records the payment before any gateway is asked (so a second attempt
 * for the same order stops at the database, see {@link PaymentRepository#insert}), then asks the
 * route's gateways in turn. It fails over to the next gateway only when the previous one certainly
 * never got the request; a refusal is final. Implements ordering's {@link Payments} port.
 */
@Service
class AuthorisePaymentService implements Payments {

    private static final Logger log = LoggerFactory.getLogger(AuthorisePaymentService.class);

    private final PaymentRepository payments;
    private final PaymentGateways gateways;
    private final PaymentRouting routing;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AuthorisePaymentService(PaymentRepository payments, PaymentGateways gateways, PaymentRouting routing,
                            ApplicationEventPublisher events, Clock clock) {
        this.payments = payments;
        this.gateways = gateways;
        this.routing = routing;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public PaymentOutcome authorise(PaymentRequest request) {
        var route = routing.gatewaysFor(request.methodType(), request.amount());
        var payment = Payment.start(PaymentId.newId(), request.orderId(), request.customerId(), request.amount(),
                request.methodType(), request.token(), route.get(0), clock.instant());
        payments.insert(payment);
        var outcome = askGateways(payment, route);
        payments.update(payment);
        payment.pullEvents().forEach(events::publishEvent);
        return outcome;
    }

    private PaymentOutcome askGateways(Payment payment, List<String> route) {
        PaymentGatewayUnavailableException unavailable = null;
        for (int i = 0; i < route.size(); i++) {
            if (i > 0) {
                payment.failOverTo(route.get(i));
                log.warn("Payment {} fails over to gateway {}: {}", payment.id(), route.get(i), unavailable.getMessage());
            }
            try {
                var result = gateways.named(route.get(i)).authorise(new AuthorisationRequest(payment.id(), payment.orderId(),
                        payment.customerId(), payment.amount(), payment.methodType(), payment.token(),
                        payment.authorisationKey()));
                return apply(payment, result);
            } catch (PaymentGatewayUnavailableException e) {
                unavailable = e;
                if (e.mayHaveBeenProcessed()) {
                    // Another gateway could charge the customer a second time; the first one's late answer
                    // (webhook or event) still reaches this payment.
                    break;
                }
            }
        }
        payment.failed(unavailable.getMessage(), clock.instant());
        return new Unavailable("payment gateway unavailable");
    }

    private PaymentOutcome apply(Payment payment, GatewayResult result) {
        var now = clock.instant();
        if (result instanceof Approved approved) {
            payment.authorised(approved.reference(), now);
            return new Authorised(approved.reference());
        }
        if (result instanceof RequiresAction action) {
            payment.requiresAction(action.reference(), now);
            return new ActionRequired(action.reference(), action.actionUrl());
        }
        var refused = (Refused) result;
        payment.declined(refused.code(), refused.message(), now);
        return new Declined(refused.code(), refused.message());
    }
}
