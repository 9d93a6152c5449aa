package io.orderservice.payment.application;

import io.orderservice.payment.application.port.in.PaymentView;
import io.orderservice.payment.application.port.in.VoidUnwantedPaymentUseCase;
import io.orderservice.payment.application.port.out.PaymentRepository;
import io.orderservice.payment.domain.PaymentId;
import io.orderservice.payment.domain.PaymentStatus;
import java.util.Optional;
import org.springframework.stereotype.Service;

@Service
class VoidUnwantedPaymentService implements VoidUnwantedPaymentUseCase {

    private final PaymentRepository payments;
    private final GatewayOperation operation;

    VoidUnwantedPaymentService(PaymentRepository payments, GatewayOperation operation) {
        this.payments = payments;
        this.operation = operation;
    }

    /** Not in a transaction: the gateway is asked with none open ({@link GatewayOperation}). */
    @Override
    public Optional<PaymentView> voidUnwanted(PaymentId paymentId) {
        return payments.findById(paymentId)
                .filter(payment -> payment.status() == PaymentStatus.AUTHORISED)
                .map(operation::voidAuthorisation).map(PaymentView::of);
    }
}
