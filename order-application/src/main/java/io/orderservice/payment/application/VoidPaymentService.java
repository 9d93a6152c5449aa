package io.orderservice.payment.application;

import io.orderservice.payment.application.port.in.PaymentView;
import io.orderservice.payment.application.port.in.RefundPaymentUseCase.RefundCommand;
import io.orderservice.payment.application.port.in.RefundPaymentUseCase;
import io.orderservice.payment.application.port.in.VoidPaymentUseCase;
import io.orderservice.payment.application.port.out.PaymentRepository;
import io.orderservice.payment.domain.PaymentStatus;
import io.orderservice.shared.OrderId;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

@Service
class VoidPaymentService implements VoidPaymentUseCase {

    private final PaymentRepository payments;
    private final GatewayOperation operation;
    private final RefundPaymentUseCase refunds;

    VoidPaymentService(PaymentRepository payments, GatewayOperation operation, RefundPaymentUseCase refunds) {
        this.payments = payments;
        this.operation = operation;
        this.refunds = refunds;
    }

    /** Not in a transaction: the gateway is asked with none open ({@link GatewayOperation}). */
    @Override
    public Optional<PaymentView> voidFor(OrderId orderId, UUID releaseId) {
        var latest = payments.findLatestForOrder(orderId);
        if (latest.filter(payment -> payment.status() == PaymentStatus.AUTHORISED).isPresent()) {
            return latest.map(operation::voidAuthorisation).map(PaymentView::of);
        }
        // Taken already: a shipment captured it, then found the order cancelled before it could record itself.
        return latest.filter(payment -> payment.status() == PaymentStatus.CAPTURED
                        || payment.status() == PaymentStatus.PARTIALLY_REFUNDED)
                .map(payment -> refunds.refund(new RefundCommand(orderId, payment.refundable(),
                        releaseId == null ? "cancelled-order" : releaseId.toString(),
                        "the order was cancelled after its money was taken")).payment());
    }
}
