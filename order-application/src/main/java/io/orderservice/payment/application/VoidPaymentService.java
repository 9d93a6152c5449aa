package io.orderservice.payment.application;

import io.orderservice.payment.application.port.in.PaymentOperationRefusedException;
import io.orderservice.payment.application.port.in.PaymentView;
import io.orderservice.payment.application.port.in.VoidPaymentUseCase;
import io.orderservice.payment.application.port.out.PaymentGatewayUnavailableException;
import io.orderservice.payment.application.port.out.PaymentRepository;
import io.orderservice.payment.domain.PaymentStatus;
import io.orderservice.shared.OrderId;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class VoidPaymentService implements VoidPaymentUseCase {

    private final PaymentRepository payments;
    private final GatewayOperation operation;

    VoidPaymentService(PaymentRepository payments, GatewayOperation operation) {
        this.payments = payments;
        this.operation = operation;
    }

    @Override
    @Transactional(noRollbackFor = {PaymentOperationRefusedException.class, PaymentGatewayUnavailableException.class})
    public Optional<PaymentView> voidFor(OrderId orderId) {
        var live = payments.lockLatestForOrder(orderId)
                .filter(payment -> payment.status() == PaymentStatus.AUTHORISED);
        live.ifPresent(operation::voidAuthorisation);
        return live.map(PaymentView::of);
    }
}
