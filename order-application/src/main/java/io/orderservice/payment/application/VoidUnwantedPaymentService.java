package io.orderservice.payment.application;

import io.orderservice.payment.application.port.in.PaymentOperationRefusedException;
import io.orderservice.payment.application.port.in.PaymentView;
import io.orderservice.payment.application.port.in.VoidUnwantedPaymentUseCase;
import io.orderservice.payment.domain.PaymentId;
import io.orderservice.payment.application.port.out.PaymentGateway.VoidRequest;
import io.orderservice.payment.application.port.out.PaymentGatewayUnavailableException;
import io.orderservice.payment.application.port.out.PaymentRepository;
import io.orderservice.payment.domain.PaymentStatus;
import io.orderservice.payment.domain.TransactionKind;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class VoidUnwantedPaymentService implements VoidUnwantedPaymentUseCase {

    private final PaymentRepository payments;
    private final GatewayOperation operation;
    private final Clock clock;

    VoidUnwantedPaymentService(PaymentRepository payments, GatewayOperation operation, Clock clock) {
        this.payments = payments;
        this.operation = operation;
        this.clock = clock;
    }

    @Override
    @Transactional(noRollbackFor = {PaymentOperationRefusedException.class, PaymentGatewayUnavailableException.class})
    public Optional<PaymentView> voidUnwanted(PaymentId paymentId) {
        var live = payments.lockById(paymentId)
                .filter(payment -> payment.status() == PaymentStatus.AUTHORISED);
        live.ifPresent(payment -> {
            var key = payment.voidKey();
            operation.run(payment, TransactionKind.VOID, payment.amount(), key,
                    gateway -> gateway.voidAuthorisation(new VoidRequest(payment.id(), payment.authorisationReference(), key)),
                    (voided, reference) -> voided.voided(reference, clock.instant()));
        });
        return live.map(PaymentView::of);
    }
}
