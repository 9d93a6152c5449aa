package io.orderservice.payment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderservice.shared.CustomerId;
import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.Money;
import io.orderservice.shared.OrderId;
import io.orderservice.shared.PaymentMethodType;
import io.orderservice.shared.PaymentToken;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuthorisationLifetimesTest {

    private static final Instant AUTHORISED = Instant.parse("2026-12-01T10:00:00Z");
    private final AuthorisationLifetimes lifetimes = new AuthorisationLifetimes(Duration.ofDays(7),
            Map.of("long", Duration.ofDays(30)), Duration.ofDays(1));

    @Test
    void anAuthorisationIsDueForRenewalFromADayBeforeItLapsesOnItsOwnGatewaysClock() {
        var payment = authorised("primary");

        assertThat(lifetimes.expiresAt(payment)).contains(AUTHORISED.plus(Duration.ofDays(7)));
        assertThat(lifetimes.dueForRenewal(payment, AUTHORISED.plus(Duration.ofDays(6)).minusSeconds(1))).isFalse();
        assertThat(lifetimes.dueForRenewal(payment, AUTHORISED.plus(Duration.ofDays(6)))).isTrue();
        assertThat(lifetimes.dueForRenewal(payment, AUTHORISED.plus(Duration.ofDays(9)))).as("lapsed").isTrue();
        assertThat(lifetimes.dueForRenewal(authorised("long"), AUTHORISED.plus(Duration.ofDays(9)))).isFalse();
        assertThat(lifetimes.dueIfAuthorisedBefore("primary", AUTHORISED.plus(Duration.ofDays(6)))).isEqualTo(AUTHORISED);
    }

    @Test
    void aRenewalRestartsTheClockOnceAndACapturedPaymentIsNeverDue() {
        var payment = authorised("primary");
        var renewedAt = AUTHORISED.plus(Duration.ofDays(6));
        var key = payment.renewalKey();

        assertThat(payment.renewed("auth_2", key, renewedAt)).isTrue();
        assertThat(payment.renewed("auth_2", key, renewedAt)).as("the same renewal again").isFalse();
        assertThat(payment.renewalKey()).as("the next renewal has a key of its own").isNotEqualTo(key);
        assertThat(payment.authorisationReference()).isEqualTo("auth_2");
        assertThat(lifetimes.expiresAt(payment)).contains(renewedAt.plus(Duration.ofDays(7)));

        payment.captured(payment.amount(), "cap_1", renewedAt);
        assertThat(lifetimes.dueForRenewal(payment, renewedAt.plus(Duration.ofDays(30)))).isFalse();
        assertThatThrownBy(payment::renewalKey).isInstanceOf(IllegalPaymentOperationException.class);
    }

    @Test
    void onlyASupersededAuthorisationIsReleasedAsSuchAndOnce() {
        var payment = authorised("primary");
        payment.renewed("auth_2", payment.renewalKey(), AUTHORISED.plus(Duration.ofDays(6)));

        assertThatThrownBy(() -> payment.supersededReleaseKey("auth_2")).isInstanceOf(IllegalPaymentOperationException.class);
        assertThat(payment.supersededReleaseKey("auth_1")).isNotBlank();
        assertThat(payment.supersededReleased("auth_1", "void_1", AUTHORISED.plus(Duration.ofDays(6)))).isTrue();
        assertThat(payment.supersededReleased("auth_1", "void_1", AUTHORISED.plus(Duration.ofDays(6)))).isFalse();
        assertThat(payment.status()).isEqualTo(PaymentStatus.AUTHORISED);
    }

    @Test
    void aLifetimeNoLongerThanTheRenewalMarginIsRefused() {
        assertThatThrownBy(() -> new AuthorisationLifetimes(Duration.ofDays(1), Map.of(), Duration.ofDays(1)))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new AuthorisationLifetimes(Duration.ofDays(7), Map.of("short", Duration.ofHours(12)),
                Duration.ofDays(1))).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new AuthorisationLifetimes(Duration.ofDays(7), Map.of(), Duration.ZERO))
                .isInstanceOf(InvalidValueException.class);
    }

    private static Payment authorised(String gateway) {
        var orderId = OrderId.newId();
        var payment = Payment.start(PaymentId.forAttempt(orderId, 1), orderId, new CustomerId("c-1"), Money.of(5_000, "EUR"),
                PaymentMethodType.CARD, new PaymentToken("tok_any"), gateway, AUTHORISED.minusSeconds(1));
        payment.authorised("auth_1", AUTHORISED);
        return payment;
    }
}
