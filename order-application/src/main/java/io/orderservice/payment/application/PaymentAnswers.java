package io.orderservice.payment.application;

import io.orderservice.payment.application.port.out.PaymentRepository;
import io.orderservice.payment.domain.Payment;
import io.orderservice.payment.domain.PaymentId;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies a gateway's answer to a payment as it is when the answer arrives: locked, changed, stored (which publishes its
 * events), in a short transaction of its own that begins after the gateway answered ({@link GatewayOperation}).
 */
@Component
class PaymentAnswers {

    private final PaymentRepository payments;

    PaymentAnswers(PaymentRepository payments) {
        this.payments = payments;
    }

    @Transactional
    public Payment apply(PaymentId paymentId, Consumer<Payment> answer) {
        var payment = payments.lockById(paymentId).orElseThrow();
        answer.accept(payment);
        payments.update(payment);
        return payment;
    }
}
