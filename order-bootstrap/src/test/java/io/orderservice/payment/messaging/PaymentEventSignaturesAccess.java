package io.orderservice.payment.messaging;

/** Signs payment events the way {@link PaymentEventSignatures} verifies them, for tests outside its package. */
public final class PaymentEventSignaturesAccess {

    private PaymentEventSignaturesAccess() {
    }

    public static String sign(String secret, String value) {
        return PaymentEventSignatures.sign(secret, value);
    }
}
