package io.orderservice.payment.application;

import io.orderservice.payment.application.port.in.PaymentOperationRefusedException;
import io.orderservice.payment.application.port.out.PaymentGateway;
import io.orderservice.payment.application.port.out.PaymentGateway.VoidRequest;
import io.orderservice.payment.application.port.out.PaymentGateway.Approved;
import io.orderservice.payment.application.port.out.PaymentGateway.GatewayResult;
import io.orderservice.payment.application.port.out.PaymentGateway.Refused;
import io.orderservice.payment.application.port.out.PaymentGatewayUnavailableException;
import io.orderservice.payment.application.port.out.PaymentRepository;
import io.orderservice.payment.domain.Payment;
import io.orderservice.payment.domain.TransactionKind;
import io.orderservice.shared.Money;
import java.time.Clock;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * One capture, void or refund on the payment's own gateway: the answer is applied to the payment, a
 * refusal or an unreachable gateway is recorded on it and then thrown. Callers run it in a transaction
 * that commits on those two exceptions, so the record of the failed attempt stays.
 */
@Component
class GatewayOperation {

    private final PaymentGateways gateways;
    private final PaymentRepository payments;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    GatewayOperation(PaymentGateways gateways, PaymentRepository payments, ApplicationEventPublisher events, Clock clock) {
        this.gateways = gateways;
        this.payments = payments;
        this.events = events;
        this.clock = clock;
    }

    void run(Payment payment, TransactionKind kind, Money amount, String idempotencyKey,
             Function<PaymentGateway, GatewayResult> call, BiConsumer<Payment, String> applyApproval) {
        try {
            var result = call.apply(gateways.named(payment.gateway()));
            if (result instanceof Approved approved) {
                applyApproval.accept(payment, approved.reference());
            } else {
                var refused = result instanceof Refused r ? r
                        : new Refused("unexpected_answer", "the gateway answered a " + kind + " with " + result);
                payment.operationFailed(kind, amount, idempotencyKey, refused.code() + ": " + refused.message(), clock.instant());
                throw new PaymentOperationRefusedException(kind.name().toLowerCase(), refused.code(), refused.message());
            }
        } catch (PaymentGatewayUnavailableException e) {
            payment.operationFailed(kind, amount, idempotencyKey, e.getMessage(), clock.instant());
            throw e;
        } finally {
            payments.update(payment);
            payment.pullEvents().forEach(events::publishEvent);
        }
    }

    /** Releases an authorisation: the void, with the key the payment names for it. */
    void voidAuthorisation(Payment payment) {
        var key = payment.voidKey();
        run(payment, TransactionKind.VOID, payment.amount(), key,
                gateway -> gateway.voidAuthorisation(new VoidRequest(payment.id(), payment.authorisationReference(), key)),
                (voided, reference) -> voided.voided(reference, clock.instant()));
    }
}
