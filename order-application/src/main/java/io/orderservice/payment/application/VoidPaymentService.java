package io.orderservice.payment.application;

import io.orderservice.payment.application.port.in.PaymentView;
import io.orderservice.payment.application.port.in.VoidPaymentUseCase;
import io.orderservice.payment.application.port.out.PaymentRepository;
import io.orderservice.payment.domain.PaymentStatus;
import io.orderservice.shared.OrderId;
import java.util.Optional;
import org.springframework.stereotype.Service;

@Service
class VoidPaymentService implements VoidPaymentUseCase {

    private final PaymentRepository payments;
    private final GatewayOperation operation;

    VoidPaymentService(PaymentRepository payments, GatewayOperation operation) {
        this.payments = payments;
        this.operation = operation;
    }

    /** Not in a transaction: the gateway is asked with none open ({@link GatewayOperation}). */
    @Override
    public Optional<PaymentView> voidFor(OrderId orderId) {
        return payments.findLatestForOrder(orderId)
                .filter(payment -> payment.status() == PaymentStatus.AUTHORISED)
                .map(operation::voidAuthorisation).map(PaymentView::of);
    }
}
