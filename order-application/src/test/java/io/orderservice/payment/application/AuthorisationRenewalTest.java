package io.orderservice.payment.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.orderservice.payment.application.AuthorisePaymentServiceTest.Payments;
import io.orderservice.payment.application.AuthorisePaymentServiceTest.Scripted;
import io.orderservice.payment.application.port.in.PaymentView;
import io.orderservice.payment.application.port.out.PaymentGateway;
import io.orderservice.payment.domain.AuthorisationLifetimes;
import io.orderservice.payment.domain.OperationAttempts;
import io.orderservice.payment.domain.Payment;
import io.orderservice.payment.domain.PaymentId;
import io.orderservice.payment.domain.PaymentRouting;
import io.orderservice.payment.domain.PaymentStatus;
import io.orderservice.payment.domain.TransactionKind;
import io.orderservice.shared.CustomerId;
import io.orderservice.shared.Money;
import io.orderservice.shared.OrderId;
import io.orderservice.shared.PaymentMethodType;
import io.orderservice.shared.PaymentToken;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, item 8: an order that waits for stock outlives its authorisation (7 days here, 30 on the "long" gateway).
 * An uncaptured authorisation is renewed a day before it lapses, by the sweep or at the latest by the capture, and the
 * superseded one released; a capture then takes the money from the renewal, never from a lapsed authorisation.
 */
class AuthorisationRenewalTest {

    private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");

    private final Payments payments = new Payments();
    private final Scripted gateway = new Scripted("primary");
    private final Scripted longLived = new Scripted("long");
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final List<Object> published = payments.published;
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final PaymentGateways gateways = new PaymentGateways(List.of(gateway, longLived),
            new PaymentRouting(List.of(), List.of("primary")));
    private final AuthorisationLifetimes lifetimes = new AuthorisationLifetimes(Duration.ofDays(7),
            Map.of("long", Duration.ofDays(30)), Duration.ofDays(1));
    private final GatewayOperation operation = new GatewayOperation(gateways, new PaymentAnswers(payments),
            new OperationAttempts(3), meters, clock);
    private final AuthorisationRenewals renewals = new AuthorisationRenewals(operation, lifetimes, clock);
    private final CapturePaymentService captures = new CapturePaymentService(payments, operation, renewals, clock);
    private final RenewAuthorisationsService sweep = new RenewAuthorisationsService(payments, gateways, renewals, lifetimes,
            meters, clock);

    {
        gateway.answer = request -> new PaymentGateway.Approved("auth_renewed_" + gateway.calls);
        gateway.voidAnswer = request -> new PaymentGateway.Approved("void_1");
        gateway.captureAnswer = request -> new PaymentGateway.Approved("cap_1");
    }

    @Test
    void aCaptureAfterTheAuthorisationLapsedRenewsItFirstAndTakesTheMoneyFromTheRenewal() {
        var payment = authorised("primary", "auth_1", NOW.minus(Duration.ofDays(8)));

        var captured = captures.capture(payment.orderId(), payment.amount());

        assertThat(captured.status()).isEqualTo(PaymentStatus.CAPTURED);
        assertThat(gateway.keys).containsExactly(payment.id() + ":authorisation:renewal:1");
        assertThat(gateway.capturedFrom).containsExactly("auth_renewed_1");
        assertThat(gateway.voided).containsExactly("auth_1");
        assertThat(payment.authorisationReference()).isEqualTo("auth_renewed_1");
        assertThat(payment.authorisedAt()).contains(NOW);
        assertThat(payment.transactions()).extracting(each -> each.kind() + " " + each.succeeded() + " " + each.gatewayReference())
                .containsExactly("AUTHORISATION true auth_1", "AUTHORISATION true auth_renewed_1", "VOID true void_1",
                        "CAPTURE true cap_1");
    }

    @Test
    void aCaptureWithinTheAuthorisationsLifeAsksNoNewAuthorisation() {
        var payment = authorised("primary", "auth_1", NOW.minus(Duration.ofDays(5)));

        captures.capture(payment.orderId(), payment.amount());

        assertThat(gateway.calls).isZero();
        assertThat(gateway.capturedFrom).containsExactly("auth_1");
    }

    @Test
    void theSweepRenewsWhatLapsesWithinADayOnEachGatewayAndLeavesTheRestAlone() {
        var lapsingSoon = authorised("primary", "auth_soon", NOW.minus(Duration.ofDays(6)).minus(Duration.ofHours(1)));
        var young = authorised("primary", "auth_young", NOW.minus(Duration.ofDays(5)));
        var longLivedEightDays = authorised("long", "auth_long", NOW.minus(Duration.ofDays(8)));

        assertThat(sweep.renewLapsingAuthorisations()).isEqualTo(1);

        assertThat(lapsingSoon.authorisationReference()).isEqualTo("auth_renewed_1");
        assertThat(young.authorisationReference()).isEqualTo("auth_young");
        assertThat(longLivedEightDays.authorisationReference()).isEqualTo("auth_long");
        assertThat(longLived.calls).isZero();
        assertThat(meters.counter("payments.authorisations.renewals", "outcome", "renewed").count()).isEqualTo(1);
        assertThat(sweep.renewLapsingAuthorisations()).as("renewed now, not due again").isZero();
    }

    @Test
    void aRefusedRenewalLeavesTheAuthorisationAsItWasCountedAndARenewalThatCouldNotReleaseTheOldOneStillHolds() {
        var refused = authorised("primary", "auth_refused", NOW.minus(Duration.ofDays(7)));
        gateway.answer = request -> new PaymentGateway.Refused("card_declined", "the card was declined");

        assertThat(sweep.renewLapsingAuthorisations()).isZero();
        assertThat(refused.authorisationReference()).isEqualTo("auth_refused");
        assertThat(refused.failedAttempts(refused.id() + ":authorisation:renewal:1")).isEqualTo(1);
        assertThat(meters.counter("payments.authorisations.renewals", "outcome", "failed").count()).isEqualTo(1);

        gateway.answer = request -> new PaymentGateway.Approved("auth_renewed");
        gateway.voidAnswer = request -> new PaymentGateway.Refused("not_voidable", "lapsed already");
        assertThat(sweep.renewLapsingAuthorisations()).isEqualTo(1);
        assertThat(refused.authorisationReference()).isEqualTo("auth_renewed");
        assertThat(refused.transactions()).filteredOn(each -> each.kind() == TransactionKind.VOID)
                .extracting(each -> each.succeeded()).containsExactly(false);
        assertThat(refused.status()).isEqualTo(PaymentStatus.AUTHORISED);
    }

    @Test
    void releasingTheMoneyOfAnOrderCancelledJustAfterItsCaptureRefundsItOnce() {
        var payment = authorised("primary", "auth_1", NOW.minus(Duration.ofDays(1)));
        captures.capture(payment.orderId(), payment.amount());
        var releases = new VoidPaymentService(payments, operation, new RefundPaymentService(payments, operation, clock));

        assertThat(releases.voidFor(payment.orderId(), null)).get().extracting(PaymentView::status).isEqualTo(PaymentStatus.REFUNDED);
        assertThat(releases.voidFor(payment.orderId(), null)).as("released already").isEmpty();

        assertThat(gateway.refunded).containsExactly(payment.amount());
        assertThat(gateway.voided).isEmpty();
    }

    private Payment authorised(String gatewayName, String reference, Instant at) {
        var orderId = OrderId.newId();
        var payment = Payment.start(PaymentId.forAttempt(orderId, 1), orderId, new CustomerId("c-1"), Money.of(5_000, "EUR"),
                PaymentMethodType.CARD, new PaymentToken("tok_any"), gatewayName, at);
        payments.insert(payment);
        payment.authorised(reference, at);
        payment.pullEvents();
        return payment;
    }
}
