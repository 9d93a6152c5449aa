package io.orderservice.payment.gateway;

import io.orderservice.ordering.application.port.out.Payments;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The default payment gateway: an in-process sandbox, like a card gateway's test mode. It answers by
 * documented test token (README, "Sandbox payment tokens") and never moves money. The payments issue
 * adds real gateways behind the same port.
 */
@Component
class SandboxPayments implements Payments {

    static final String APPROVE = "tok_approve";

    private static final Map<String, Declined> DECLINES = Map.of(
            "tok_decline", new Declined("card_declined", "the card was declined"),
            "tok_insufficient_funds", new Declined("insufficient_funds", "the card has insufficient funds"),
            "tok_expired_card", new Declined("expired_card", "the card has expired"));

    @Override
    public PaymentOutcome authorise(PaymentRequest request) {
        var token = request.token().value();
        if (APPROVE.equals(token)) {
            return new Authorised("sbx_auth_" + UUID.randomUUID());
        }
        return DECLINES.getOrDefault(token, new Declined("invalid_token", "the sandbox knows no such payment token"));
    }
}
