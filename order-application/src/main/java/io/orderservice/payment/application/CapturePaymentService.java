package io.orderservice.payment.application;

import io.orderservice.payment.application.port.in.CapturePaymentUseCase;
import io.orderservice.payment.application.port.in.PaymentNotFoundException;
import io.orderservice.payment.application.port.in.PaymentView;
import io.orderservice.payment.application.port.out.PaymentGateway.CaptureRequest;
import io.orderservice.payment.application.port.out.PaymentRepository;
import io.orderservice.payment.domain.TransactionKind;
import io.orderservice.shared.Money;
import io.orderservice.shared.OrderId;
import java.time.Clock;
import org.springframework.stereotype.Service;

@Service
class CapturePaymentService implements CapturePaymentUseCase {

    private final PaymentRepository payments;
    private final GatewayOperation operation;
    private final AuthorisationRenewals renewals;
    private final Clock clock;

    CapturePaymentService(PaymentRepository payments, GatewayOperation operation, AuthorisationRenewals renewals,
                          Clock clock) {
        this.payments = payments;
        this.operation = operation;
        this.renewals = renewals;
        this.clock = clock;
    }

    /**
     * Not in a transaction: the gateway is asked with none open ({@link GatewayOperation}). An authorisation that
     * lapsed, or lapses soon, is renewed first: a capture against it would be refused.
     */
    @Override
    public PaymentView capture(OrderId orderId, Money orderTotal) {
        var read = payments.findLatestForOrder(orderId)
                .orElseThrow(() -> new PaymentNotFoundException(orderId, "payment to capture"));
        if (!read.capturedAmount().isZero()) {
            return PaymentView.of(read); // captured already: capturing twice is harmless
        }
        var payment = renewals.renewIfDue(read).orElse(read);
        var amount = orderTotal.isGreaterThan(payment.amount()) ? payment.amount() : orderTotal;
        var key = payment.captureKey(amount);
        return PaymentView.of(operation.run(payment, TransactionKind.CAPTURE, amount, key,
                gateway -> gateway.capture(new CaptureRequest(payment.id(), payment.authorisationReference(), amount, key)),
                (captured, reference) -> captured.captured(amount, reference, clock.instant())));
    }
}
