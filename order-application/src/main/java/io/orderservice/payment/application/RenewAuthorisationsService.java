package io.orderservice.payment.application;

import io.micrometer.core.instrument.MeterRegistry;
import io.orderservice.payment.application.port.in.RenewAuthorisationsUseCase;
import io.orderservice.payment.application.port.out.PaymentRepository;
import io.orderservice.payment.domain.AuthorisationLifetimes;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Not in a transaction: each renewal asks a gateway with none open. Two instances sweeping at once renew a payment
 * with the same key, which its gateway answers once, and the payment records the renewal once. A renewal that fails
 * is counted in {@code payments.authorisations.renewals{outcome=failed}} and tried again at the next sweep, until the
 * operation's attempts are spent and it is parked (docs/operations.md); a capture at shipment tries it once more.
 */
@Service
class RenewAuthorisationsService implements RenewAuthorisationsUseCase {

    private static final Logger log = LoggerFactory.getLogger(RenewAuthorisationsService.class);
    private static final int BATCH = 100;

    private final PaymentRepository payments;
    private final PaymentGateways gateways;
    private final AuthorisationRenewals renewals;
    private final AuthorisationLifetimes lifetimes;
    private final MeterRegistry meters;
    private final Clock clock;

    RenewAuthorisationsService(PaymentRepository payments, PaymentGateways gateways, AuthorisationRenewals renewals,
                               AuthorisationLifetimes lifetimes, MeterRegistry meters, Clock clock) {
        this.payments = payments;
        this.gateways = gateways;
        this.renewals = renewals;
        this.lifetimes = lifetimes;
        this.meters = meters;
        this.clock = clock;
    }

    @Override
    @Scheduled(initialDelayString = "${order-service.payment.authorisations.renewal-check-every:PT1H}",
            fixedDelayString = "${order-service.payment.authorisations.renewal-check-every:PT1H}")
    public int renewLapsingAuthorisations() {
        int renewed = 0;
        var now = clock.instant();
        for (var gateway : gateways.names()) {
            for (var id : payments.authorisedOnlyBefore(gateway, lifetimes.dueIfAuthorisedBefore(gateway, now), BATCH)) {
                try {
                    var payment = payments.findById(id).orElseThrow();
                    if (renewals.renewIfDue(payment).isPresent()) {
                        renewed++;
                        meters.counter("payments.authorisations.renewals", "outcome", "renewed").increment();
                    }
                } catch (RuntimeException failed) {
                    meters.counter("payments.authorisations.renewals", "outcome", "failed").increment();
                    log.error("Renewing the authorisation of payment {} failed: {}", id, failed.getMessage());
                }
            }
        }
        return renewed;
    }
}
