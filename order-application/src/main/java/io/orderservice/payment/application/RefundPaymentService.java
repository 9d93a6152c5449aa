package io.orderservice.payment.application;

import io.orderservice.payment.application.port.in.PaymentNotFoundException;
import io.orderservice.payment.application.port.in.PaymentOperationRefusedException;
import io.orderservice.payment.application.port.in.PaymentView;
import io.orderservice.payment.application.port.in.RefundPaymentUseCase;
import io.orderservice.payment.application.port.out.PaymentGateway.RefundRequest;
import io.orderservice.payment.application.port.out.PaymentRepository;
import io.orderservice.payment.domain.Payment.RefundProgress;
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
    public RefundMade refund(RefundCommand command) {
        var payment = payments.findLatestForOrder(command.orderId())
                .orElseThrow(() -> new PaymentNotFoundException(command.orderId(), "captured payment to refund"));
        var refundId = command.refundId();
        switch (payment.refundProgress(refundId)) {
            case MADE -> {
                return new RefundMade(PaymentView.of(payment), false); // the same refund asked again
            }
            case PENDING -> {
                return new RefundMade(PaymentView.of(payment), true);
            }
            case FAILED -> throw new PaymentOperationRefusedException("refund", "refund_failed",
                    payment.refundFailure(refundId).orElse("the gateway could not make the refund"));
            case NOT_MADE -> {
                // sent below
            }
        }
        var key = payment.refundKey(command.amount(), refundId);
        var answered = operation.run(payment, TransactionKind.REFUND, command.amount(), key,
                gateway -> gateway.refund(new RefundRequest(payment.id(), payment.authorisationReference(), command.amount(), key)),
                (refunded, reference) -> refunded.refunded(command.amount(), reference, key, clock.instant()),
                (accepted, reference) -> accepted.refundPending(command.amount(), reference, key, clock.instant()));
        return new RefundMade(PaymentView.of(answered), answered.refundProgress(refundId) == RefundProgress.PENDING);
    }
}
