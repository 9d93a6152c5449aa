package io.orderservice.payment.application;

import io.micrometer.core.instrument.MeterRegistry;
import io.orderservice.payment.application.port.in.PaymentOperationParkedException;
import io.orderservice.payment.application.port.in.PaymentOperationRefusedException;
import io.orderservice.payment.application.port.out.PaymentGateway.Approved;
import io.orderservice.payment.application.port.out.PaymentGateway.GatewayResult;
import io.orderservice.payment.application.port.out.PaymentGateway.Pending;
import io.orderservice.payment.application.port.out.PaymentGateway.Refused;
import io.orderservice.payment.application.port.out.PaymentGateway.VoidRequest;
import io.orderservice.payment.application.port.out.PaymentGateway;
import io.orderservice.payment.application.port.out.PaymentGatewayUnavailableException;
import io.orderservice.payment.domain.OperationAttempts;
import io.orderservice.payment.domain.Payment;
import io.orderservice.payment.domain.TransactionKind;
import io.orderservice.shared.Money;
import java.time.Clock;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One capture, void or refund on the payment's own gateway, with no transaction open and no row locked while the
 * gateway is asked (a slow gateway must not hold a connection of the pool): the caller decides from the payment as
 * read, the gateway is called with the operation's idempotency key, and its answer is applied, in a short transaction
 * of its own, to the payment as it is then, under its lock. Two callers doing the same operation at once both reach
 * the gateway with the same key, which it answers once; the payment applies the approval once.
 * <p>
 * A refusal or an unreachable gateway is recorded on the payment and then thrown. An operation that failed as often
 * as {@link OperationAttempts} allows is parked instead of being sent again: counted in
 * {@code payments.operations.parked} and thrown as {@link PaymentOperationParkedException}.
 */
@Component
class GatewayOperation {

    private static final Logger log = LoggerFactory.getLogger(GatewayOperation.class);

    private final PaymentGateways gateways;
    private final PaymentAnswers answers;
    private final OperationAttempts attempts;
    private final MeterRegistry meters;
    private final Clock clock;

    GatewayOperation(PaymentGateways gateways, PaymentAnswers answers, OperationAttempts attempts, MeterRegistry meters,
                     Clock clock) {
        this.gateways = gateways;
        this.answers = answers;
        this.attempts = attempts;
        this.meters = meters;
        this.clock = clock;
    }

    /**
     * @param read          the payment as read, unlocked, outside any transaction
     * @param applyApproval applies the gateway's approval (its reference) to the payment as it is when the answer came
     * @return the payment with the answer applied
     */
    Payment run(Payment read, TransactionKind kind, Money amount, String idempotencyKey,
                Function<PaymentGateway, GatewayResult> call, BiConsumer<Payment, String> applyApproval) {
        return run(read, kind, amount, idempotencyKey, call, applyApproval, null);
    }

    /**
     * As {@link #run(Payment, TransactionKind, Money, String, Function, BiConsumer)}, for an operation the gateway may
     * accept and settle later ({@link Pending}).
     *
     * @param applyPending applies the gateway's acceptance (its reference) to the payment; null when the operation may
     *                     not be left pending, which makes such an answer a refusal
     */
    Payment run(Payment read, TransactionKind kind, Money amount, String idempotencyKey,
                Function<PaymentGateway, GatewayResult> call, BiConsumer<Payment, String> applyApproval,
                BiConsumer<Payment, String> applyPending) {
        var operation = kind.name().toLowerCase();
        if (attempts.exhausted(read, idempotencyKey)) {
            meters.counter("payments.operations.parked", "kind", operation).increment();
            log.error("The {} of payment {} failed {} times: parked for an operator", operation, read.id(),
                    read.failedAttempts(idempotencyKey));
            throw new PaymentOperationParkedException(operation, read.id().toString(), read.failedAttempts(idempotencyKey));
        }
        GatewayResult result = null;
        PaymentGatewayUnavailableException unavailable = null;
        try {
            result = call.apply(gateways.named(read.gateway()));
        } catch (PaymentGatewayUnavailableException e) {
            unavailable = e;
        }
        var refused = result == null || result instanceof Approved || result instanceof Pending && applyPending != null ? null
                : result instanceof Refused r ? r : new Refused("unexpected_answer", "the gateway answered a " + kind + " with " + result);
        var failure = unavailable != null ? unavailable.getMessage()
                : refused != null ? refused.code() + ": " + refused.message() : null;
        var answer = result;
        var applied = answers.apply(read.id(), payment -> {
            if (failure != null) {
                payment.operationFailed(kind, amount, idempotencyKey, failure, clock.instant());
            } else if (answer instanceof Pending pending) {
                applyPending.accept(payment, pending.reference());
            } else {
                applyApproval.accept(payment, ((Approved) answer).reference());
            }
        });
        if (unavailable != null) {
            throw unavailable;
        }
        if (refused != null) {
            throw new PaymentOperationRefusedException(operation, refused.code(), refused.message());
        }
        return applied;
    }

    /** Releases an authorisation: the void, with the key the payment names for it. */
    Payment voidAuthorisation(Payment read) {
        var key = read.voidKey();
        return run(read, TransactionKind.VOID, read.amount(), key,
                gateway -> gateway.voidAuthorisation(new VoidRequest(read.id(), read.authorisationReference(), key)),
                (voided, reference) -> voided.voided(reference, clock.instant()));
    }
}
