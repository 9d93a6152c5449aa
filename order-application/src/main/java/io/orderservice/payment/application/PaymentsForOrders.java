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
import io.orderservice.payment.domain.Payment;
import io.orderservice.payment.domain.PaymentId;
import io.orderservice.payment.domain.PaymentRouting;
import io.orderservice.payment.domain.PaymentStatus;
import io.orderservice.shared.Money;
import io.orderservice.shared.OrderId;
import io.orderservice.shared.PaymentMethodType;
import io.orderservice.shared.PaymentProvider;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The payment capability as ordering's {@link Payments} port: authorisations, their release, captures, and the
 * re-authorisations that cover a change of an order's lines (proposed with no transaction open, adopted in the change's).
 */
@Component
class PaymentsForOrders implements Payments {

    private static final Logger log = LoggerFactory.getLogger(PaymentsForOrders.class);

    private final AuthorisePaymentService authorisations;
    private final PaymentAnswers answers;
    private final VoidPaymentUseCase voids;
    private final CapturePaymentUseCase captures;
    private final PaymentRepository payments;
    private final PaymentRouting routing;
    private final Clock clock;

    PaymentsForOrders(AuthorisePaymentService authorisations, PaymentAnswers answers, VoidPaymentUseCase voids, CapturePaymentUseCase captures,
                      PaymentRepository payments, PaymentRouting routing, Clock clock) {
        this.authorisations = authorisations;
        this.answers = answers;
        this.voids = voids;
        this.captures = captures;
        this.payments = payments;
        this.routing = routing;
        this.clock = clock;
    }

    @Override
    public List<PaymentProvider> offeredProviders(PaymentMethodType methodType, Money amount) {
        return routing.gatewaysFor(methodType, amount).stream().map(PaymentProvider::new).toList();
    }

    @Override
    @Transactional
    public CoverOutcome coverNewTotal(OrderId orderId, long orderVersion, Money newTotal) {
        var current = payments.lockLatestForOrder(orderId).filter(payment -> payment.status() == PaymentStatus.AUTHORISED)
                .orElseThrow(() -> new IllegalPaymentOperationException("order " + orderId + " holds no authorised payment"));
        if (!newTotal.isGreaterThan(current.amount())) {
            return new Covered(current.authorisationReference());
        }
        var proposal = payments.lockById(proposalFor(orderId, orderVersion, newTotal).id()).filter(Payment::isAdoptable);
        if (proposal.isEmpty()) {
            return new NotCovered(current.amount());
        }
        current.replaced("replaced by an authorisation of " + newTotal + " after the order's lines changed", clock.instant());
        proposal.get().adopted();
        payments.replace(current, proposal.get());
        return new Covered(proposal.get().authorisationReference());
    }

    @Override
    public PaymentOutcome proposeCover(OrderId orderId, long orderVersion, Money newTotal) {
        var current = payments.findLatestForOrder(orderId).filter(payment -> payment.status() == PaymentStatus.AUTHORISED)
                .orElseThrow(() -> new IllegalPaymentOperationException("order " + orderId + " holds no authorised payment"));
        // The payment's own gateway, as a provider the customer chose: the token is that provider's, so another gateway
        // of the route could only fail with it.
        return authorisations.propose(proposalFor(orderId, orderVersion, newTotal).id(), new PaymentRequest(orderId, 1,
                current.customerId(), newTotal, current.methodType(), current.token(), new PaymentProvider(current.gateway())));
    }

    @Override
    public void withdrawCover(OrderId orderId, long orderVersion, Money newTotal) {
        var proposal = proposalFor(orderId, orderVersion, newTotal);
        if (proposal.recorded()) {
            answers.apply(proposal.id(), recorded -> recorded.withdrawn("the change of lines it was proposed for did not commit",
                    clock.instant()));
        }
    }

    /** A proposal's id, and whether a payment was recorded under it. */
    private record Proposal(PaymentId id, boolean recorded) {
    }

    /**
     * The proposal for this change: the first generation that was never withdrawn (a withdrawn one holds nothing any
     * more, and a retry of its change is asked for afresh).
     */
    private Proposal proposalFor(OrderId orderId, long orderVersion, Money newTotal) {
        for (int generation = 1; ; generation++) {
            var id = PaymentId.forProposal(orderId, orderVersion, newTotal, generation);
            var found = payments.findById(id);
            if (found.isEmpty() || !found.get().isProposed() || !found.get().isReplaced()) {
                return new Proposal(id, found.isPresent());
            }
        }
    }

    @Override
    public PaymentOutcome authorise(PaymentRequest request) {
        return authorisations.authorise(request);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void intend(PaymentRequest request) {
        authorisations.intend(request);
    }

    @Override
    public PaymentOutcome ask(PaymentRequest request) {
        return authorisations.ask(request);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(PaymentRequest request, PaymentOutcome outcome) {
        authorisations.record(request, outcome);
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
        voids.voidFor(orderId, null).ifPresentOrElse(
                payment -> log.info("Voided payment {} of the order", payment.id()),
                () -> log.info("The order holds no authorised payment to void"));
    }
}
