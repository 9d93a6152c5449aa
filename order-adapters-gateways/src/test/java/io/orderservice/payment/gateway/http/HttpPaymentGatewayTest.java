package io.orderservice.payment.gateway.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.orderservice.payment.application.port.out.PaymentGateway.Approved;
import io.orderservice.payment.application.port.out.PaymentGateway.AuthorisationRequest;
import io.orderservice.payment.application.port.out.PaymentGateway.CaptureRequest;
import io.orderservice.payment.application.port.out.PaymentGateway.Pending;
import io.orderservice.payment.application.port.out.PaymentGateway.RefundRequest;
import io.orderservice.payment.application.port.out.PaymentGateway.Refused;
import io.orderservice.payment.application.port.out.PaymentGateway.RequiresAction;
import io.orderservice.payment.application.port.out.PaymentGateway;
import io.orderservice.payment.application.port.out.PaymentGatewayUnavailableException;
import io.orderservice.payment.application.port.out.TransientPaymentGatewayException;
import io.orderservice.payment.domain.PaymentId;
import io.orderservice.payment.kit.PaymentGatewayContract;
import io.orderservice.shared.CustomerId;
import io.orderservice.shared.Money;
import io.orderservice.shared.OrderId;
import io.orderservice.shared.PaymentMethodType;
import io.orderservice.shared.PaymentToken;
import io.orderservice.shared.kit.ProviderMisbehaviour;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The HTTP gateway against a local provider: it passes the gateway contract, and its resilience is
 * watched from the provider's side (how many requests arrived, how many authorisations were made).
 */
class HttpPaymentGatewayTest extends PaymentGatewayContract {

    private FakeCardProvider provider;
    private HttpPaymentGateway gateway;

    @BeforeEach
    void startProvider() throws IOException {
        provider = new FakeCardProvider();
        gateway = gateway(provider.baseUrl(), FakeCardProvider.API_KEY, RateLimiterConfig.custom()
                .limitForPeriod(1_000).limitRefreshPeriod(Duration.ofSeconds(1)).timeoutDuration(Duration.ZERO).build());
    }

    @AfterEach
    void stopProvider() {
        provider.close();
    }

    @Override
    protected PaymentGateway gateway() {
        return gateway;
    }

    @Override
    protected PaymentToken approvingToken() {
        return new PaymentToken("pm_card_visa");
    }

    @Override
    protected Map<String, PaymentToken> decliningTokens() {
        return Map.of("402 with a decline code", new PaymentToken("pm_card_chargeDeclined"),
                "declined status inside a 200", new PaymentToken("pm_card_declinedInBody"));
    }

    @Override
    protected Optional<PaymentToken> decidedLaterToken() {
        return Optional.of(new PaymentToken("pm_card_processing"));
    }

    @Override
    protected Optional<Misbehaving> misbehaving(ProviderMisbehaviour misbehaviour) {
        var approving = approvingToken();
        switch (misbehaviour) {
            case FAILS_ONCE_THEN_ANSWERS -> provider.failNext(1, 503);
            case FAILS_EVERY_TIME -> provider.failNext(1_000, 500);
            case ANSWERS_TOO_LATE -> provider.stallNext(1_000, Duration.ofMillis(1_500));
            case ANSWERS_MALFORMED -> provider.answerMalformedNext(1_000);
            case ANSWERS_UNKNOWN_STATUS -> approving = new PaymentToken("pm_card_newStatus");
            case RATE_LIMITS_EVERY_TIME -> provider.failNext(1_000, 429);
            case UNREACHABLE -> {
                return Optional.of(new Misbehaving(gateway(closedPort(), FakeCardProvider.API_KEY, RateLimiterConfig.ofDefaults()),
                        approving));
            }
            default -> {
                return Optional.empty();
            }
        }
        return Optional.of(new Misbehaving(gateway, approving));
    }

    @Test
    void aDeclineInsideA200CarriesTheIssuersCode() {
        assertThat(gateway.authorise(request("pm_card_declinedInBody", UUID.randomUUID().toString())))
                .isInstanceOfSatisfying(Refused.class, refused -> assertThat(refused.code()).isEqualTo("insufficient_funds"));
    }

    @Test
    void aDeclineCarriesTheIssuersCodeAndIsNotRetried() {
        assertThat(gateway.authorise(request("pm_card_chargeDeclined", UUID.randomUUID().toString())))
                .isInstanceOfSatisfying(Refused.class, refused -> assertThat(refused.code()).isEqualTo("generic_decline"));
        assertThat(provider.requests()).isEqualTo(1);
    }

    @Test
    void authenticationRequiredAsksForTheCustomersAction() {
        assertThat(gateway.authorise(request("pm_card_authenticationRequired", UUID.randomUUID().toString())))
                .isInstanceOfSatisfying(RequiresAction.class, action -> assertThat(action.actionUrl()).contains(action.reference()));
    }

    @Test
    void aRefundTheProviderLeavesPendingIsAcceptedUnderItsReference() {
        var authorised = (Approved) gateway.authorise(request("pm_card_visa", UUID.randomUUID().toString()));
        gateway.capture(new CaptureRequest(PaymentId.newId(), authorised.reference(), Money.of(4_200, "EUR"),
                UUID.randomUUID().toString()));
        provider.leaveRefundsPending(true);

        var refund = gateway.refund(new RefundRequest(PaymentId.newId(), authorised.reference(), Money.of(1_000, "EUR"),
                UUID.randomUUID().toString()));

        assertThat(refund).isInstanceOfSatisfying(Pending.class, pending -> assertThat(pending.reference()).startsWith("re_"));
    }

    @Test
    void aProviderErrorIsRetriedAndTheCustomerIsChargedOnce() {
        provider.failNext(2, 503);

        assertThat(gateway.authorise(request("pm_card_visa", UUID.randomUUID().toString()))).isInstanceOf(Approved.class);
        assertThat(provider.requests()).isEqualTo(3);
        assertThat(provider.authorisationsMade()).isEqualTo(1);
    }

    @Test
    void aTimedOutAuthorisationIsRetriedWithTheSameKeyAndChargesOnce() {
        // The provider authorises, but answers after the read timeout; the retry gets the first answer back.
        provider.stallNext(1, Duration.ofMillis(1_500));
        var key = UUID.randomUUID().toString();

        var result = gateway.authorise(request("pm_card_visa", key));

        assertThat(result).isInstanceOf(Approved.class);
        assertThat(provider.requests()).isEqualTo(2);
        assertThat(provider.authorisationsMade()).isEqualTo(1);
    }

    @Test
    void exhaustedRetriesAfterTimeoutsMayHaveChargedSoNoFailover() {
        provider.stallNext(3, Duration.ofMillis(1_500));

        assertThatThrownBy(() -> gateway.authorise(request("pm_card_visa", UUID.randomUUID().toString())))
                .isInstanceOfSatisfying(PaymentGatewayUnavailableException.class,
                        e -> assertThat(e.mayHaveBeenProcessed()).isTrue());
    }

    @Test
    void anUnreachableProviderCertainlyChargedNothing() {
        var unreachable = gateway(closedPort(), FakeCardProvider.API_KEY, RateLimiterConfig.ofDefaults());

        assertThatThrownBy(() -> unreachable.authorise(request("pm_card_visa", UUID.randomUUID().toString())))
                .isInstanceOfSatisfying(PaymentGatewayUnavailableException.class,
                        e -> assertThat(e.mayHaveBeenProcessed()).isFalse());
    }

    @Test
    void theCircuitOpensOnAFailingProviderAndStopsCallingIt() {
        provider.failNext(1_000, 500);
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> gateway.authorise(request("pm_card_visa", UUID.randomUUID().toString())))
                    .isInstanceOf(PaymentGatewayUnavailableException.class);
        }
        int requestsWhenOpen = provider.requests();

        assertThatThrownBy(() -> gateway.authorise(request("pm_card_visa", UUID.randomUUID().toString())))
                .isInstanceOfSatisfying(PaymentGatewayUnavailableException.class, e -> {
                    assertThat(e.mayHaveBeenProcessed()).as("refused by the open circuit: never sent").isFalse();
                    assertThat(e).hasMessageContaining("CircuitBreaker");
                });
        assertThat(provider.requests()).isEqualTo(requestsWhenOpen);
    }

    @Test
    void theClientSideRateLimitRefusesBeforeSending() {
        var limited = gateway(provider.baseUrl(), FakeCardProvider.API_KEY, RateLimiterConfig.custom()
                .limitForPeriod(2).limitRefreshPeriod(Duration.ofMinutes(1)).timeoutDuration(Duration.ZERO).build());
        limited.authorise(request("pm_card_visa", UUID.randomUUID().toString()));
        limited.authorise(request("pm_card_visa", UUID.randomUUID().toString()));

        assertThatThrownBy(() -> limited.authorise(request("pm_card_visa", UUID.randomUUID().toString())))
                .isInstanceOfSatisfying(PaymentGatewayUnavailableException.class,
                        e -> assertThat(e.mayHaveBeenProcessed()).isFalse());
        assertThat(provider.requests()).isEqualTo(2);
    }

    @Test
    void wrongCredentialsAreOurFaultNotADeclineAndAreNotRetried() {
        var misconfigured = gateway(provider.baseUrl(), "sk_test_wrong", RateLimiterConfig.ofDefaults());

        assertThatThrownBy(() -> misconfigured.authorise(request("pm_card_visa", UUID.randomUUID().toString())))
                .isInstanceOfSatisfying(PaymentGatewayUnavailableException.class,
                        e -> assertThat(e.mayHaveBeenProcessed()).isFalse());
        assertThat(provider.requests()).isEqualTo(1);
    }

    /** Resilience as in application.yaml, with waits shortened so the test stays fast. */
    private static HttpPaymentGateway gateway(URI baseUrl, String apiKey, RateLimiterConfig rateLimit) {
        var properties = new HttpGatewayProperties(baseUrl, apiKey, "whsec_test", Duration.ofMillis(500),
                Duration.ofMillis(500), null);
        var retry = Retry.of("test", RetryConfig.custom().maxAttempts(3)
                .intervalFunction(IntervalFunction.ofExponentialRandomBackoff(Duration.ofMillis(20), 2.0, 0.5))
                .retryExceptions(TransientPaymentGatewayException.class).build());
        var circuitBreaker = CircuitBreaker.of("test", CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED).slidingWindowSize(10)
                .minimumNumberOfCalls(10).failureRateThreshold(50).waitDurationInOpenState(Duration.ofMinutes(1))
                .recordExceptions(TransientPaymentGatewayException.class).build());
        return new HttpPaymentGateway("acme", properties, retry, circuitBreaker, RateLimiter.of("test", rateLimit),
                Bulkhead.of("test", BulkheadConfig.custom().maxConcurrentCalls(10).maxWaitDuration(Duration.ZERO).build()));
    }

    private static URI closedPort() {
        try (var socket = new ServerSocket(0)) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static AuthorisationRequest request(String token, String key) {
        return new AuthorisationRequest(PaymentId.newId(), OrderId.newId(), new CustomerId("c-1"), Money.of(5_000, "EUR"),
                PaymentMethodType.CARD, new PaymentToken(token), key);
    }
}
