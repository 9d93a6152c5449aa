package io.orderservice.ordering.application;

import io.orderservice.ordering.application.port.in.OrderNotFoundException;
import io.orderservice.ordering.application.port.in.OrderPlacementRefusedException;
import io.orderservice.ordering.application.port.in.OrderView;
import io.orderservice.ordering.application.port.in.PaymentRetryRefusedException;
import io.orderservice.ordering.application.port.in.RetryPaymentUseCase;
import io.orderservice.ordering.application.port.out.OrderRepository;
import io.orderservice.ordering.application.port.out.PaymentAlreadyInProgressException;
import io.orderservice.ordering.application.port.out.Payments;
import io.orderservice.ordering.application.port.out.Payments.Authorised;
import io.orderservice.ordering.application.port.out.Payments.Declined;
import io.orderservice.ordering.application.port.out.Payments.PaymentRequest;
import io.orderservice.ordering.application.port.out.Payments.Unavailable;
import io.orderservice.ordering.domain.Actor;
import io.orderservice.ordering.domain.OrderStatus;
import io.orderservice.ordering.domain.saga.SagaPolicy;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A second chance for a failed payment, in one transaction: the order goes back to awaiting payment and
 * the new method is authorised; a decline or an unreachable gateway rolls everything back, leaving the
 * order as it was (payment failed, stock still reserved), and the customer may try again within the window.
 */
@Service
class RetryPaymentService implements RetryPaymentUseCase {

    private final OrderRepository orders;
    private final Payments payments;
    private final SagaPolicy policy;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RetryPaymentService(OrderRepository orders, Payments payments, SagaPolicy policy, ApplicationEventPublisher events,
                        Clock clock) {
        this.orders = orders;
        this.payments = payments;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public OrderView retry(RetryPaymentCommand command) {
        var order = orders.findById(command.orderId()).orElseThrow(() -> new OrderNotFoundException(command.orderId()));
        var now = clock.instant();
        if (order.status() == OrderStatus.PAYMENT_FAILED) {
            var failedAt = order.history().get(order.history().size() - 1).at();
            if (now.isAfter(failedAt.plus(policy.paymentRetryWindow()))) {
                throw new PaymentRetryRefusedException("the payment of order " + order.id() + " failed at " + failedAt
                        + "; retries were possible for " + policy.paymentRetryWindow());
            }
        }
        order.retryPayment(Actor.customer(order.customerId().value()), now);
        Payments.PaymentOutcome outcome;
        try {
            outcome = payments.authorise(new PaymentRequest(order.id(), order.customerId(), order.totals().grandTotal(),
                    command.paymentMethodType(), command.paymentToken()));
        } catch (PaymentAlreadyInProgressException e) {
            throw new PaymentRetryRefusedException(e.getMessage());
        }
        if (outcome instanceof Declined declined) {
            throw OrderPlacementRefusedException.paymentDeclined(declined.code(), declined.message());
        }
        if (outcome instanceof Unavailable unavailable) {
            throw OrderPlacementRefusedException.paymentUnavailable(unavailable.reason());
        }
        if (outcome instanceof Authorised authorised) {
            order.authorisePayment(authorised.reference(), Actor.system(), now);
        }
        orders.save(order);
        order.pullEvents().forEach(events::publishEvent);
        return OrderView.of(order);
    }
}
