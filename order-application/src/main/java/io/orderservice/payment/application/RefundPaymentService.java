package io.orderservice.payment.application;

import io.orderservice.payment.application.port.in.PaymentNotFoundException;
import io.orderservice.payment.application.port.in.PaymentView;
import io.orderservice.payment.application.port.in.RefundPaymentUseCase;
import io.orderservice.payment.application.port.out.PaymentGateway.RefundRequest;
import io.orderservice.payment.application.port.out.PaymentRepository;
import io.orderservice.payment.domain.TransactionKind;
import java.time.Clock;
import org.springframework.stereotype.Service;

@Service
class RefundPaymentService implements RefundPaymentUseCase {

    private final PaymentRepository payments;
    private final GatewayOperation operation;
    private final Clock clock;

    RefundPaymentService(PaymentRepository payments, GatewayOperation operation, Clock clock) {
        this.payments = payments;
        this.operation = operation;
        this.clock = clock;
    }

    /** Not in a transaction: the gateway is asked with none open ({@link GatewayOperation}). */
    @Override
    public PaymentView refund(RefundCommand command) {
        var payment = payments.findLatestForOrder(command.orderId())
                .orElseThrow(() -> new PaymentNotFoundException(command.orderId(), "captured payment to refund"));
        if (payment.refundAlreadyMade(command.refundId())) {
            return PaymentView.of(payment); // the same refund asked again
        }
        var key = payment.refundKey(command.amount(), command.refundId());
        return PaymentView.of(operation.run(payment, TransactionKind.REFUND, command.amount(), key,
                gateway -> gateway.refund(new RefundRequest(payment.id(), payment.authorisationReference(), command.amount(), key)),
                (refunded, reference) -> refunded.refunded(command.amount(), reference, key, clock.instant())));
    }
}
