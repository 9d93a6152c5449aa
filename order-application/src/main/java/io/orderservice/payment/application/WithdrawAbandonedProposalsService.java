package io.orderservice.payment.application;

import io.micrometer.core.instrument.MeterRegistry;
import io.orderservice.payment.application.port.in.WithdrawAbandonedProposalsUseCase;
import io.orderservice.payment.application.port.out.PaymentRepository;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * A change adopts its proposal milliseconds after the gateway answered; one still unadopted after
 * {@link #ABANDONED_AFTER} was left by a crash, and a retry of its change after that is asked for afresh. Each withdrawal
 * is a short transaction of its own; the release itself goes through the outbox (VoidUnwantedPayment). Counted in
 * {@code payments.proposals.withdrawn}.
 */
@Service
class WithdrawAbandonedProposalsService implements WithdrawAbandonedProposalsUseCase {

    static final Duration ABANDONED_AFTER = Duration.ofMinutes(10);

    private static final Logger log = LoggerFactory.getLogger(WithdrawAbandonedProposalsService.class);
    private static final int BATCH = 100;

    private final PaymentRepository payments;
    private final PaymentAnswers answers;
    private final MeterRegistry meters;
    private final Clock clock;

    WithdrawAbandonedProposalsService(PaymentRepository payments, PaymentAnswers answers, MeterRegistry meters, Clock clock) {
        this.payments = payments;
        this.answers = answers;
        this.meters = meters;
        this.clock = clock;
    }

    @Override
    @Scheduled(initialDelayString = "${order-service.payment.proposals.check-every:PT5M}",
            fixedDelayString = "${order-service.payment.proposals.check-every:PT5M}")
    public int withdrawAbandonedProposals() {
        var now = clock.instant();
        int withdrawn = 0;
        for (var id : payments.proposalsAuthorisedBefore(now.minus(ABANDONED_AFTER), BATCH)) {
            var proposal = answers.apply(id, payment -> payment.withdrawn("abandoned: the change of lines it was proposed for"
                    + " did not commit within " + ABANDONED_AFTER.toMinutes() + " minutes", now));
            if (proposal.isReplaced() && proposal.isProposed()) {
                withdrawn++;
                meters.counter("payments.proposals.withdrawn").increment();
                log.warn("Withdrew payment {} of order {}: proposed for a change of lines that never committed",
                        proposal.id(), proposal.orderId());
            }
        }
        return withdrawn;
    }
}
