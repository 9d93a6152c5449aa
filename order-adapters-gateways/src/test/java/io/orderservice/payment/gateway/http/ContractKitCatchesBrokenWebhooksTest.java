package io.orderservice.payment.gateway.http;

import static io.orderservice.shared.kit.BrokenAdapters.assertKitFails;

import io.orderservice.payment.application.port.in.InvalidWebhookException;
import io.orderservice.payment.application.port.in.PaymentNews.Kind;
import io.orderservice.payment.application.port.in.PaymentNews;
import io.orderservice.payment.application.port.out.PaymentWebhooks;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * The webhook kit fails webhooks adapters broken the way they break: the signature not checked, its age not checked,
 * an unrelated event failed (the provider then sends it for days), a failed refund read as made. Run through the
 * JUnit engine, as {@code ContractKitCatchesBrokenGatewaysTest} does for gateways.
 */
class ContractKitCatchesBrokenWebhooksTest {

    @Test
    void webhooksThatDoNotCheckTheSignatureFailTheKit() {
        assertKitFails(AcceptsAnySignature.class, 4, "aPayloadChangedAfterSigning", "aWebhookWithoutItsSignature",
                "aSignatureAsOldAsTheTolerance", "aSenderClockAhead");
    }

    @Test
    void webhooksThatDoNotCheckTheAgeFailTheKit() {
        assertKitFails(IgnoresTheAge.class, 2, "aSignatureAsOldAsTheTolerance", "aSenderClockAhead");
    }

    @Test
    void webhooksThatFailAnUnrelatedEventFailTheKit() {
        assertKitFails(FailsTheUnrelated.class, 1, "aWebhookAboutSomethingElse");
    }

    @Test
    void webhooksThatReadAFailedRefundAsMadeFailTheKit() {
        assertKitFails(RefundFailureAsRefund.class, 1, "readsEveryKindOfNews");
    }

    /** Signs whatever arrives itself, as an adapter that never looks at the header is as good as. */
    static class AcceptsAnySignature extends HttpPaymentWebhooksContractTest {
        @Override
        protected PaymentWebhooks webhooks(Clock clock) {
            var real = super.webhooks(clock);
            return wrap(real, (headers, payload) -> real.read(Map.of(HttpPaymentWebhooks.SIGNATURE_HEADER,
                    HttpPaymentWebhooks.sign(SECRET, clock.instant().getEpochSecond(), payload)), payload));
        }
    }

    /** Checks the signature with a tolerance of a year: a webhook captured today is good for replaying all year. */
    static class IgnoresTheAge extends HttpPaymentWebhooksContractTest {
        @Override
        protected PaymentWebhooks webhooks(Clock clock) {
            return new HttpPaymentWebhooks("acme", new HttpGatewayProperties(URI.create("http://127.0.0.1:1"), "sk_test", SECRET,
                    null, null, Duration.ofDays(365)), clock);
        }
    }

    /** Answers an event it does not know with an error. */
    static class FailsTheUnrelated extends HttpPaymentWebhooksContractTest {
        @Override
        protected PaymentWebhooks webhooks(Clock clock) {
            var real = super.webhooks(clock);
            return wrap(real, (headers, payload) -> Optional.of(real.read(headers, payload)
                    .orElseThrow(() -> new InvalidWebhookException("unknown event"))));
        }
    }

    /** Reads every refund event as a refund made, whatever its status. */
    static class RefundFailureAsRefund extends HttpPaymentWebhooksContractTest {
        @Override
        protected PaymentWebhooks webhooks(Clock clock) {
            var real = super.webhooks(clock);
            return wrap(real, (headers, payload) -> real.read(headers, payload).map(news -> news.kind() != Kind.REFUND_FAILED ? news
                    : new PaymentNews(news.gateway(), news.messageId(), news.paymentId(), Kind.REFUNDED, news.amount(),
                            news.gatewayReference(), null, news.occurredAt())));
        }
    }

    private static PaymentWebhooks wrap(PaymentWebhooks real,
                                        BiFunction<Map<String, String>, String, Optional<PaymentNews>> read) {
        return new PaymentWebhooks() {
            @Override
            public String gateway() {
                return real.gateway();
            }

            @Override
            public Optional<PaymentNews> read(Map<String, String> headers, String payload) {
                return read.apply(headers, payload);
            }
        };
    }
}
