package io.orderservice.payment.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.orderservice.payment.application.AuthorisePaymentServiceTest.Payments;
import io.orderservice.payment.application.AuthorisePaymentServiceTest.Scripted;
import io.orderservice.payment.application.port.in.PaymentOperationParkedException;
import io.orderservice.payment.application.port.in.PaymentOperationRefusedException;
import io.orderservice.payment.application.port.in.ResumeParkedOperationsUseCase;
import io.orderservice.payment.application.port.out.PaymentGateway;
import io.orderservice.payment.application.port.out.PaymentGatewayUnavailableException;
import io.orderservice.payment.domain.AuthorisationLifetimes;
import io.orderservice.payment.domain.OperationAttempts;
import io.orderservice.payment.domain.Payment;
import io.orderservice.payment.domain.PaymentId;
import io.orderservice.payment.domain.PaymentRouting;
import io.orderservice.payment.domain.PaymentStatus;
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
 * Issue 17, item 8: a capture the gateway keeps refusing (an authorisation that expired) or cannot be asked for is tried
 * as often as {@link OperationAttempts} allows, each try recorded; then it is parked for an operator, counted, and the
 * gateway is not asked again. Before, the outbox resubmitted it every minute for ever.
 */
class CappedMoneyOperationsTest {

    private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");

    private final Payments payments = new Payments();
    private final Scripted gateway = new Scripted("primary");
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final List<Object> published = payments.published;
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final GatewayOperation operation = new GatewayOperation(
            new PaymentGateways(List.of(gateway), new PaymentRouting(List.of(), List.of("primary"))),
            new PaymentAnswers(payments), new OperationAttempts(3), meters, clock);
    private final CapturePaymentService captures = new CapturePaymentService(payments, operation,
            new AuthorisationRenewals(operation, new AuthorisationLifetimes(Duration.ofDays(7), Map.of(), Duration.ofDays(1)),
                    clock), clock);

    @Test
    void aRefusedCaptureIsTriedThreeTimesThenParkedWithoutAskingTheGatewayAgain() {
        var payment = authorised();
        gateway.captureAnswer = request -> new PaymentGateway.Refused("authorisation_expired", "the authorisation expired");

        for (int attempt = 1; attempt <= 3; attempt++) {
            assertThatThrownBy(() -> captures.capture(payment.orderId(), payment.amount()))
                    .isInstanceOf(PaymentOperationRefusedException.class);
        }
        assertThatThrownBy(() -> captures.capture(payment.orderId(), payment.amount()))
                .isInstanceOf(PaymentOperationParkedException.class);

        assertThat(gateway.captures).isEqualTo(3);
        assertThat(payment.failedAttempts(payment.id() + ":capture")).isEqualTo(3);
        assertThat(payment.status()).isEqualTo(PaymentStatus.AUTHORISED);
        assertThat(meters.counter("payments.operations.parked", "kind", "capture").count()).isEqualTo(1);
    }

    @Test
    void anUnreachableGatewayCountsTowardsTheCapAndASuccessBeforeItCaptures() {
        var payment = authorised();
        gateway.captureAnswer = request -> {
            throw new PaymentGatewayUnavailableException("primary", "connection refused", false, null);
        };
        assertThatThrownBy(() -> captures.capture(payment.orderId(), payment.amount()))
                .isInstanceOf(PaymentGatewayUnavailableException.class);
        gateway.captureAnswer = request -> new PaymentGateway.Approved("cap_1");

        var captured = captures.capture(payment.orderId(), payment.amount());

        assertThat(captured.status()).isEqualTo(PaymentStatus.CAPTURED);
        assertThat(gateway.captures).isEqualTo(2);
        assertThat(meters.find("payments.operations.parked").counter()).isNull();
    }

    @Test
    void anOperatorResumesAParkedCaptureWithFreshAttemptsAndAParkedReleaseIsSentAgainAtOnce() {
        var resume = new ResumeParkedOperationsService(payments, new PaymentAnswers(payments), operation,
                new OperationAttempts(3), clock);
        var payment = authorised();
        assertThatThrownBy(() -> resume.resume(payment.orderId(), "ops-1"))
                .isInstanceOf(ResumeParkedOperationsUseCase.NothingParkedException.class);
        gateway.captureAnswer = request -> new PaymentGateway.Refused("authorisation_expired", "the authorisation expired");
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThatThrownBy(() -> captures.capture(payment.orderId(), payment.amount())).isInstanceOf(RuntimeException.class);
        }
        assertThat(gateway.captures).as("parked after three").isEqualTo(3);

        var resumed = resume.resume(payment.orderId(), "ops-1");

        assertThat(resumed.resumed()).containsExactly("CAPTURE");
        assertThat(resumed.sentAgain()).as("a capture goes with the next shipment").isEmpty();
        gateway.captureAnswer = request -> new PaymentGateway.Approved("cap_1");
        assertThat(captures.capture(payment.orderId(), payment.amount()).status()).isEqualTo(PaymentStatus.CAPTURED);
        assertThat(gateway.captures).isEqualTo(4);
        assertThat(payment.transactions()).anyMatch(each -> "resumed by ops-1".equals(each.detail()));
    }

    @Test
    void aParkedReleaseIsSentAgainWhenResumed() {
        var resume = new ResumeParkedOperationsService(payments, new PaymentAnswers(payments), operation,
                new OperationAttempts(3), clock);
        var payment = authorised();
        gateway.voidAnswer = request -> new PaymentGateway.Refused("gateway_error", "try later");
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThatThrownBy(() -> operation.voidAuthorisation(payment)).isInstanceOf(RuntimeException.class);
        }
        gateway.voidAnswer = request -> new PaymentGateway.Approved("void_1");

        var resumed = resume.resume(payment.orderId(), "ops-1");

        assertThat(resumed.resumed()).containsExactly("VOID");
        assertThat(resumed.sentAgain()).contains("VOIDED");
        assertThat(payment.status()).isEqualTo(PaymentStatus.VOIDED);
    }

    private Payment authorised() {
        var orderId = OrderId.newId();
        var payment = Payment.start(PaymentId.forAttempt(orderId, 1), orderId, new CustomerId("c-1"), Money.of(5_000, "EUR"),
                PaymentMethodType.CARD, new PaymentToken("tok_any"), "primary", NOW);
        payments.insert(payment);
        payment.authorised("auth_1", NOW);
        return payment;
    }
}
