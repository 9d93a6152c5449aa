package io.orderservice.payment.gateway.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderservice.payment.application.port.out.PaymentGateway.AuthorisationRequest;
import io.orderservice.payment.application.port.out.PaymentGateway.Refused;
import io.orderservice.payment.application.port.out.PaymentGateway.RequiresAction;
import io.orderservice.payment.application.port.out.PaymentGateway;
import io.orderservice.payment.application.port.out.PaymentGatewayUnavailableException;
import io.orderservice.payment.domain.PaymentId;
import io.orderservice.payment.kit.PaymentGatewayContract;
import io.orderservice.shared.CustomerId;
import io.orderservice.shared.Money;
import io.orderservice.shared.OrderId;
import io.orderservice.shared.PaymentMethodType;
import io.orderservice.shared.PaymentToken;
import io.orderservice.shared.kit.ProviderMisbehaviour;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The sandbox passes the gateway contract, and its documented test tokens do what docs/payments.md says. */
class SandboxGatewayTest extends PaymentGatewayContract {

    private final SandboxGateway sandbox = new SandboxGateway();

    @Override
    protected PaymentGateway gateway() {
        return sandbox;
    }

    @Override
    protected PaymentToken approvingToken() {
        return new PaymentToken("tok_approve");
    }

    @Override
    protected Map<String, PaymentToken> decliningTokens() {
        return Map.of("card declined", new PaymentToken("tok_decline"),
                "insufficient funds", new PaymentToken("tok_insufficient_funds"),
                "expired card", new PaymentToken("tok_expired_card"));
    }

    /** The sandbox enacts the failures it has tokens for; it has no wire to answer malformed or late on. */
    @Override
    protected Optional<Misbehaving> misbehaving(ProviderMisbehaviour misbehaviour) {
        var token = switch (misbehaviour) {
            case FAILS_EVERY_TIME -> "tok_error";
            case ANSWERS_TOO_LATE -> "tok_timeout";
            case UNREACHABLE -> "tok_gateway_down";
            default -> null;
        };
        return Optional.ofNullable(token).map(value -> new Misbehaving(sandbox, new PaymentToken(value)));
    }

    @ParameterizedTest
    @CsvSource({"tok_decline, card_declined", "tok_insufficient_funds, insufficient_funds",
            "tok_expired_card, expired_card", "tok_unknown, invalid_token"})
    void declineTokensDeclineWithTheirCode(String token, String code) {
        assertThat(sandbox.authorise(request(token)))
                .isInstanceOfSatisfying(Refused.class, refused -> assertThat(refused.code()).isEqualTo(code));
    }

    @Test
    void theRequiresActionTokenAsksForTheCustomersAction() {
        assertThat(sandbox.authorise(request("tok_requires_action")))
                .isInstanceOfSatisfying(RequiresAction.class, action -> assertThat(action.actionUrl()).contains(action.reference()));
    }

    @Test
    void aTimeoutMayHaveBeenProcessedAConnectionRefusalCannotHave() {
        assertThatThrownBy(() -> sandbox.authorise(request("tok_timeout")))
                .isInstanceOfSatisfying(PaymentGatewayUnavailableException.class,
                        e -> assertThat(e.mayHaveBeenProcessed()).isTrue());
        assertThatThrownBy(() -> sandbox.authorise(request("tok_error")))
                .isInstanceOfSatisfying(PaymentGatewayUnavailableException.class,
                        e -> assertThat(e.mayHaveBeenProcessed()).isTrue());
        assertThatThrownBy(() -> sandbox.authorise(request("tok_gateway_down")))
                .isInstanceOfSatisfying(PaymentGatewayUnavailableException.class,
                        e -> assertThat(e.mayHaveBeenProcessed()).isFalse());
    }

    private static AuthorisationRequest request(String token) {
        return new AuthorisationRequest(PaymentId.newId(), OrderId.newId(), new CustomerId("c-1"), Money.of(1000, "EUR"),
                PaymentMethodType.CARD, new PaymentToken(token), "key-" + UUID.randomUUID());
    }
}
