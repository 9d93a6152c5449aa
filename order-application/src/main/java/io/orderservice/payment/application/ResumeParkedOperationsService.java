package io.orderservice.payment.application;

import io.orderservice.payment.application.port.in.PaymentNotFoundException;
import io.orderservice.payment.application.port.in.PaymentView;
import io.orderservice.payment.application.port.in.ResumeParkedOperationsUseCase;
import io.orderservice.payment.application.port.out.PaymentRepository;
import io.orderservice.payment.domain.OperationAttempts;
import io.orderservice.payment.domain.PaymentStatus;
import io.orderservice.payment.domain.PaymentTransaction;
import io.orderservice.shared.OrderId;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Not in a transaction: a resumed release asks the gateway with none open ({@link GatewayOperation}). */
@Service
class ResumeParkedOperationsService implements ResumeParkedOperationsUseCase {

    private static final Logger log = LoggerFactory.getLogger(ResumeParkedOperationsService.class);

    private final PaymentRepository payments;
    private final PaymentAnswers answers;
    private final GatewayOperation operation;
    private final OperationAttempts attempts;
    private final Clock clock;

    ResumeParkedOperationsService(PaymentRepository payments, PaymentAnswers answers, GatewayOperation operation,
                                  OperationAttempts attempts, Clock clock) {
        this.payments = payments;
        this.answers = answers;
        this.operation = operation;
        this.attempts = attempts;
        this.clock = clock;
    }

    @Override
    public ResumedOperations resume(OrderId orderId, String operator) {
        var read = payments.findLatestForOrder(orderId).orElseThrow(() -> new PaymentNotFoundException(orderId, "payment"));
        var parked = attempts.parked(read);
        if (parked.isEmpty()) {
            throw new NothingParkedException(orderId);
        }
        var kinds = read.transactions().stream().filter(transaction -> parked.contains(transaction.idempotencyKey()))
                .map(PaymentTransaction::kind).map(Enum::name).distinct().toList();
        var resumed = answers.apply(read.id(), payment -> parked.forEach(key -> payment.resumed(key, operator, clock.instant())));
        log.warn("{} resumed the parked {} of payment {}", operator, kinds, read.id());
        if (resumed.status() == PaymentStatus.AUTHORISED && parked.contains(resumed.voidKey())) {
            try {
                var voided = operation.voidAuthorisation(resumed);
                return new ResumedOperations(PaymentView.of(voided), kinds, "the release (void) was sent again: " + voided.status());
            } catch (RuntimeException stillFailing) {
                return new ResumedOperations(PaymentView.of(payments.findById(read.id()).orElseThrow()), kinds,
                        "the release (void) was sent again and failed: " + stillFailing.getMessage());
            }
        }
        return new ResumedOperations(PaymentView.of(resumed), kinds, null);
    }
}
