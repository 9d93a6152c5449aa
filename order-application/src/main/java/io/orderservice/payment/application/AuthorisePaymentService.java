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
import io.orderservice.payment.application.port.out.PaymentGateway.Pending;
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
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Authorises an order's payment in three steps, with no transaction open and no row locked while a gateway is asked
 * (a slow gateway must not hold a connection of the pool): the payment is recorded before any gateway is asked
 * ({@link AuthorisationIntents}: a second attempt for the same order stops at the database), then the route's gateways
 * are asked in turn, and each answer is applied in a short transaction of its own ({@link PaymentAnswers}). It fails
 * over to the next gateway only when the previous one certainly never got the request, recording the failover before
 * asking the next; a refusal is final.
 * <p>
 * Each attempt of an order has its own payment, whose id (and so idempotency key) is derived from the order and the
 * attempt number: asking again for the same attempt resumes that payment — it answers what was recorded, or asks the
 * gateway again with the same key when the last try did not get through (or is still under way: the gateway answers
 * both with the same authorisation, which the payment records once).
 * <p>
 * A re-authorisation for a change of the order's lines runs the same way, as a {@link Payment#propose proposal} that the
 * change's own transaction adopts afterwards.
 */
@Service
class AuthorisePaymentService {

    private static final Logger log = LoggerFactory.getLogger(AuthorisePaymentService.class);

    /** The decline code of a payment whose chosen provider its route no longer offers. */
    static final String PROVIDER_NOT_OFFERED = "provider_not_offered";

    private final AuthorisationIntents intents;
    private final PaymentRepository payments;
    private final PaymentAnswers answers;
    private final PaymentGateways gateways;
    private final PaymentRouting routing;
    private final Clock clock;

    AuthorisePaymentService(AuthorisationIntents intents, PaymentRepository payments, PaymentAnswers answers,
                            PaymentGateways gateways, PaymentRouting routing, Clock clock) {
        this.intents = intents;
        this.payments = payments;
        this.answers = answers;
        this.gateways = gateways;
        this.routing = routing;
        this.clock = clock;
    }

    public PaymentOutcome authorise(PaymentRequest request) {
        return authorise(PaymentId.forAttempt(request.orderId(), request.attempt()), request, false);
    }

    /**
     * The first of an authorisation's three parts when the caller's transactions draw the lines (a placement's request
     * runs it, ADR 0031): the payment of this attempt is recorded PENDING in the caller's transaction, before any gateway
     * is asked. The attempt must be new.
     */
    public void intend(PaymentRequest request) {
        payments.insert(intended(request));
    }

    /**
     * The second: the route's gateways are asked for the attempt {@link #intend intended} by the same run, with no
     * transaction open; only a failover is recorded on the way (before the next gateway is asked). The answer is not
     * recorded: {@link #record} does that in the caller's next transaction.
     */
    public PaymentOutcome ask(PaymentRequest request) {
        return askGateways(intended(request), gatewaysFor(request).orElseThrow(() -> notOffered(request)), false);
    }

    /**
     * The third: what the gateway answered ({@link #ask}) is recorded in the caller's transaction. An answer recorded
     * already (the same answer, asked again with the same key) changes nothing.
     */
    public void record(PaymentRequest request, PaymentOutcome outcome) {
        record(PaymentId.forAttempt(request.orderId(), request.attempt()), outcome);
    }

    /** The payment of a new attempt as {@link #intend} records it; its id, key and first gateway follow from the request. */
    private Payment intended(PaymentRequest request) {
        var route = gatewaysFor(request).orElseThrow(() -> notOffered(request));
        return Payment.start(PaymentId.forAttempt(request.orderId(), request.attempt()), request.orderId(),
                request.customerId(), request.amount(), request.methodType(), request.token(), route.get(0), clock.instant());
    }

    /** As {@link #authorise(PaymentRequest)}, for a proposal whose id the caller derived from the change it is for. */
    public PaymentOutcome propose(PaymentId id, PaymentRequest request) {
        return authorise(id, request, true);
    }

    private PaymentOutcome authorise(PaymentId id, PaymentRequest request, boolean proposal) {
        var offered = gatewaysFor(request);
        if (offered.isEmpty()) {
            // Checked when the customer chose it; the routing changed since (a restart with another configuration).
            log.warn("Payment {} names provider {}, which its route no longer offers", id, request.provider());
            return new Declined(PROVIDER_NOT_OFFERED, notOffered(request).getMessage());
        }
        var route = offered.get();
        var intent = intents.record(id, request, route.get(0), proposal);
        return intent.resumed() ? resume(intent.payment(), route) : askGateways(intent.payment(), route, true);
    }

    /** The route's gateways, or only the provider the customer chose when the route offers it; empty when it does not. */
    private Optional<List<String>> gatewaysFor(PaymentRequest request) {
        return routing.gatewaysFor(request.methodType(), request.amount(), request.provider());
    }

    private static IllegalStateException notOffered(PaymentRequest request) {
        return new IllegalStateException("payment provider " + request.provider() + " does not take " + request.methodType()
                + " payments of " + request.amount() + " (ordering checks it before a payment is intended)");
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
        // FAILED, or PENDING (a try that crashed, or one still under way): ask again, from the gateway that had it;
        // never one before it, which may have it too.
        int from = route.indexOf(payment.gateway());
        return askGateways(payment, from < 0 ? List.of(payment.gateway()) : route.subList(from, route.size()), true);
    }

    /** @param recordAnswer whether the answer is recorded here, in a transaction of its own, or by the caller */
    private PaymentOutcome askGateways(Payment payment, List<String> route, boolean recordAnswer) {
        PaymentGatewayUnavailableException unavailable = null;
        var asking = payment;
        for (int i = 0; i < route.size(); i++) {
            if (i > 0) {
                var next = route.get(i);
                log.warn("Payment {} fails over to gateway {}: {}", payment.id(), next, unavailable.getMessage());
                asking = answers.apply(payment.id(), recorded -> recorded.failOverTo(next));
            }
            try {
                var result = gateways.named(route.get(i)).authorise(new AuthorisationRequest(asking.id(), asking.orderId(),
                        asking.customerId(), asking.amount(), asking.methodType(), asking.token(),
                        asking.authorisationKey()));
                var outcome = outcomeOf(result);
                if (recordAnswer) {
                    record(payment.id(), outcome);
                }
                return outcome;
            } catch (PaymentGatewayUnavailableException e) {
                unavailable = e;
                if (e.mayHaveBeenProcessed()) {
                    // Another gateway could charge the customer a second time; the first one's late answer
                    // (webhook or event) still reaches this payment.
                    break;
                }
            }
        }
        var outcome = new Unavailable(unavailable.getMessage());
        if (recordAnswer) {
            record(payment.id(), outcome);
        }
        return outcome;
    }

    private static PaymentOutcome outcomeOf(GatewayResult result) {
        if (result instanceof Approved approved) {
            return new Authorised(approved.reference());
        }
        if (result instanceof RequiresAction action) {
            return new ActionRequired(action.reference(), action.actionUrl());
        }
        if (result instanceof Pending pending) {
            // The provider decides later (a bank transfer, a review): the payment waits for its news as for a customer's
            // action, with nothing for the customer to do.
            return new ActionRequired(pending.reference(), null);
        }
        var refused = (Refused) result;
        return new Declined(refused.code(), refused.message());
    }

    /** In the caller's transaction if there is one, otherwise in one of its own ({@link PaymentAnswers}). */
    private void record(PaymentId paymentId, PaymentOutcome outcome) {
        var now = clock.instant();
        answers.apply(paymentId, payment -> {
            if (outcome instanceof Authorised authorised) {
                payment.authorised(authorised.reference(), now);
            } else if (outcome instanceof ActionRequired action) {
                payment.requiresAction(action.reference(), now);
            } else if (outcome instanceof Declined declined) {
                payment.declined(declined.code(), declined.message(), now);
            } else {
                payment.failed(((Unavailable) outcome).reason(), now);
            }
        });
    }
}
