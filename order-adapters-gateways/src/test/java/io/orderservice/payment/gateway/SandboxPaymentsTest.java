package io.orderservice.payment.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderservice.ordering.application.port.out.Payments.Authorised;
import io.orderservice.ordering.application.port.out.Payments.Declined;
import io.orderservice.ordering.application.port.out.Payments.PaymentRequest;
import io.orderservice.shared.CustomerId;
import io.orderservice.shared.Money;
import io.orderservice.shared.OrderId;
import io.orderservice.shared.PaymentToken;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The documented sandbox tokens (README) do what the README says. */
class SandboxPaymentsTest {

    private final SandboxPayments sandbox = new SandboxPayments();

    @Test
    void theApprovingTokenAuthorisesWithAFreshReference() {
        var first = sandbox.authorise(request("tok_approve"));
        var second = sandbox.authorise(request("tok_approve"));

        assertThat(first).isInstanceOfSatisfying(Authorised.class, a -> assertThat(a.reference()).startsWith("sbx_auth_"));
        assertThat(first).isNotEqualTo(second);
    }

    @ParameterizedTest
    @CsvSource({"tok_decline, card_declined", "tok_insufficient_funds, insufficient_funds",
            "tok_expired_card, expired_card", "tok_unknown, invalid_token"})
    void otherTokensDeclineWithTheirCode(String token, String code) {
        assertThat(sandbox.authorise(request(token)))
                .isInstanceOfSatisfying(Declined.class, d -> assertThat(d.code()).isEqualTo(code));
    }

    private static PaymentRequest request(String token) {
        return new PaymentRequest(OrderId.newId(), new CustomerId("c-1"), Money.of(1000, "EUR"), new PaymentToken(token));
    }
}
