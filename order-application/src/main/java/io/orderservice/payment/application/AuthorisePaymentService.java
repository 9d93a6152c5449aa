package io.orderservice.payment.application;

import io.orderservice.ordering.application.port.out.Payments.ActionRequired;
import io.orderservice.ordering.application.port.out.Payments.Authorised;
import io.orderservice.ordering.application.port.out.Payments.Declined;
import io.orderservice.ordering.application.port.out.Payments.PaymentOutcome;
import io.orderservice.ordering.application.port.out.Payments.PaymentRequest;
import io.orderservice.ordering.application.port.out.Payments.Unavailable;
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
import io.orderservice.payment.domain.PaymentStatus;
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
 * never got the request; a refusal is final.
 * <p>
 * Each attempt of an order has its own payment, whose id (and so idempotency key) is derived from the
 * order and the attempt number: asking again for the same attempt resumes that payment — it answers
 * what was recorded, or asks the gateway again with the same key when the last try did not get through.
 */
@Service
class AuthorisePaymentService {

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

    @Transactional
    public PaymentOutcome authorise(PaymentRequest request) {
        return authorise(PaymentId.forAttempt(request.orderId(), request.attempt()), request);
    }

    /** As {@link #authorise(PaymentRequest)}, for a payment whose id the caller derived (a re-authorisation). */
    @Transactional
    public PaymentOutcome authorise(PaymentId id, PaymentRequest request) {
        var route = routing.gatewaysFor(request.methodType(), request.amount());
        var existing = payments.lockById(id);
        Payment payment;
        PaymentOutcome outcome;
        if (existing.isPresent()) {
            payment = existing.get();
            outcome = resume(payment, route);
        } else {
            payment = Payment.start(id, request.orderId(), request.customerId(), request.amount(), request.methodType(),
                    request.token(), route.get(0), clock.instant());
            payments.insert(payment);
            outcome = askGateways(payment, route);
        }
        payments.update(payment);
        payment.pullEvents().forEach(events::publishEvent);
        return outcome;
    }

    private PaymentOutcome resume(Payment payment, List<String> route) {
        log.info("Payment {} is asked for again; it is {}", payment.id(), payment.status());
        if (payment.status().holdsMoney() || payment.status() == PaymentStatus.VOIDED || payment.status() == PaymentStatus.REFUNDED) {
            return new Authorised(payment.authorisationReference());
        }
        if (payment.status() == PaymentStatus.REQUIRES_ACTION) {
            return new ActionRequired(payment.authorisationReference(), null);
        }
        if (payment.status() == PaymentStatus.DECLINED) {
            var detail = payment.declineDetail().orElse("declined: declined");
            int colon = detail.indexOf(": ");
            return colon < 0 ? new Declined("declined", detail) : new Declined(detail.substring(0, colon), detail.substring(colon + 2));
        }
        // FAILED (or PENDING, never committed so): ask again, from the gateway that had it; never one before it,
        // which may have it too.
        int from = route.indexOf(payment.gateway());
        return askGateways(payment, from < 0 ? List.of(payment.gateway()) : route.subList(from, route.size()));
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
        return new Unavailable(unavailable.getMessage());
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
