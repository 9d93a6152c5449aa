package io.orderservice.payment.application;

import io.orderservice.ordering.application.port.out.Payments.PaymentRequest;
import io.orderservice.payment.application.port.out.PaymentRepository;
import io.orderservice.payment.domain.Payment;
import io.orderservice.payment.domain.PaymentId;
import java.time.Clock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first of an authorisation's transactions: the payment is recorded, PENDING, before any gateway is asked, so that
 * a second attempt for the same order stops at the database ({@link PaymentRepository#insert}) and a crash while the
 * gateway is asked leaves the intent that a retry resumes with the same idempotency key.
 */
@Component
class AuthorisationIntents {

    private final PaymentRepository payments;
    private final Clock clock;

    AuthorisationIntents(PaymentRepository payments, Clock clock) {
        this.payments = payments;
        this.clock = clock;
    }

    /** The payment as recorded: new, or the one an earlier try of the same attempt recorded ({@code resumed}). */
    record Intent(Payment payment, boolean resumed) {
    }

    /** @param proposal whether it is {@link Payment#propose proposed} for a change of lines, not the order's payment yet */
    @Transactional
    public Intent record(PaymentId id, PaymentRequest request, String firstGateway, boolean proposal) {
        var existing = payments.findById(id);
        if (existing.isPresent()) {
            return new Intent(existing.get(), true);
        }
        var payment = proposal
                ? Payment.propose(id, request.orderId(), request.customerId(), request.amount(), request.methodType(),
                request.token(), firstGateway, clock.instant())
                : Payment.start(id, request.orderId(), request.customerId(), request.amount(), request.methodType(),
                request.token(), firstGateway, clock.instant());
        payments.insert(payment);
        return new Intent(payment, false);
    }
}
