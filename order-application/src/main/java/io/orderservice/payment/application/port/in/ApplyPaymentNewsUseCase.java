package io.orderservice.payment.application.port.in;

/**
 * Applies a gateway's news to its payment, exactly once per message: the message id is recorded in
 * the inbox in the same transaction, so a redelivered message changes nothing, and news the payment
 * already knows (or that would move it backwards) is acknowledged without effect.
 */
public interface ApplyPaymentNewsUseCase {

    Outcome apply(String source, PaymentNews news);

    enum Outcome {
        /** The payment moved on. */
        APPLIED,
        /** A new message, but the payment knew it already, or it was older news. */
        ALREADY_KNOWN,
        /** This message was processed before. */
        DUPLICATE_MESSAGE
    }
}
