package io.orderservice.payment.application.port.in;

/** The gateway refused a capture, void or refund; it is recorded on the payment with the gateway's code. */
public class PaymentOperationRefusedException extends RuntimeException {

    private final String code;

    public PaymentOperationRefusedException(String operation, String code, String message) {
        super(operation + " refused by the gateway: " + message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
