package io.orderservice.payment.application;

import io.orderservice.payment.application.port.out.PaymentGateway.AuthorisationRequest;
import io.orderservice.payment.application.port.out.PaymentGateway.VoidRequest;
import io.orderservice.payment.domain.AuthorisationLifetimes;
import io.orderservice.payment.domain.Payment;
import io.orderservice.payment.domain.TransactionKind;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Renews an uncaptured authorisation that lapses soon (or has lapsed): the same amount is authorised again with the
 * payment's method, under a key of this renewal, and the superseded authorisation is released, so that the customer's
 * bank holds the money once. No transaction is open while a gateway is asked ({@link GatewayOperation}).
 */
@Component
class AuthorisationRenewals {

    private static final Logger log = LoggerFactory.getLogger(AuthorisationRenewals.class);

    private final GatewayOperation operation;
    private final AuthorisationLifetimes lifetimes;
    private final Clock clock;

    AuthorisationRenewals(GatewayOperation operation, AuthorisationLifetimes lifetimes, Clock clock) {
        this.operation = operation;
        this.lifetimes = lifetimes;
        this.clock = clock;
    }

    /** The payment with its authorisation renewed, when that was due; empty when it was not. */
    Optional<Payment> renewIfDue(Payment read) {
        return lifetimes.dueForRenewal(read, clock.instant()) ? Optional.of(renew(read)) : Optional.empty();
    }

    private Payment renew(Payment read) {
        var key = read.renewalKey();
        var superseded = read.authorisationReference();
        log.info("Renewing the authorisation {} of payment {}, given at {} on {}", superseded, read.id(),
                read.authorisedAt().orElse(null), read.gateway());
        var renewed = operation.run(read, TransactionKind.AUTHORISATION, read.amount(), key,
                gateway -> gateway.authorise(new AuthorisationRequest(read.id(), read.orderId(), read.customerId(),
                        read.amount(), read.methodType(), read.token(), key)),
                (payment, reference) -> payment.renewed(reference, key, clock.instant()));
        return releaseSuperseded(renewed, superseded);
    }

    /**
     * Best effort: a superseded authorisation that cannot be released now lapses by itself within
     * {@code renew-before}; a failure is recorded on the payment and logged.
     */
    private Payment releaseSuperseded(Payment renewed, String superseded) {
        if (superseded == null) {
            return renewed;
        }
        var releaseKey = renewed.supersededReleaseKey(superseded);
        try {
            return operation.run(renewed, TransactionKind.VOID, renewed.amount(), releaseKey,
                    gateway -> gateway.voidAuthorisation(new VoidRequest(renewed.id(), superseded, releaseKey)),
                    (payment, reference) -> payment.supersededReleased(superseded, reference, clock.instant()));
        } catch (RuntimeException notReleased) {
            log.warn("The superseded authorisation {} of payment {} was not released; it lapses by itself: {}",
                    superseded, renewed.id(), notReleased.getMessage());
            return renewed;
        }
    }
}
