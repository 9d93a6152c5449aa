package io.orderservice.payment.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderservice.payment.application.port.in.InvalidWebhookException;
import io.orderservice.payment.application.port.in.PaymentNews;
import io.orderservice.payment.application.port.in.PaymentNews.Kind;
import io.orderservice.payment.application.port.out.PaymentWebhooks;
import io.orderservice.payment.domain.PaymentId;
import io.orderservice.shared.Money;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * What every {@link PaymentWebhooks} must do, as tests: read each kind of news the provider reports into exactly that
 * news; refuse a webhook whose payload was changed after signing, one without its signature, and one signed further
 * from now than the tolerance either way (a captured webhook replayed later, or a sender's clock running ahead); and
 * acknowledge a webhook about something payments do not act on by ignoring it, not by failing (a failure makes the
 * provider send it again and again). The adapter's test renders the provider's webhooks
 * (docs/adapters/payment-gateways.md, "Webhooks").
 */
public abstract class PaymentWebhooksContract {

    /** The instant the adapter's clock shows in every test. */
    protected static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    private static final PaymentId PAYMENT = PaymentId.of("6f1d2a8e-1b7c-4d35-9a51-2f4f0c3d8e11");

    /** The adapter under test, reading the time from {@code clock}. */
    protected abstract PaymentWebhooks webhooks(Clock clock);

    /** How far from the adapter's now a signature's time may be, either way. */
    protected abstract Duration tolerance();

    /**
     * The webhook the provider sends to tell {@code news} (its kind, payment or authorisation, amount, references,
     * detail, message id and time), signed at {@code signedAt} with the secret the adapter knows; empty when the
     * provider never reports news of that kind.
     */
    protected abstract Optional<Webhook> webhookFor(PaymentNews news, Instant signedAt);

    /** A webhook about something payments do not act on (a customer updated, a payout made), signed at {@code signedAt}. */
    protected abstract Webhook unrelatedWebhook(Instant signedAt);

    /** A webhook as it arrives: its headers (names in lower case) and its payload, byte for byte as signed. */
    public record Webhook(Map<String, String> headers, String payload) {
    }

    private PaymentWebhooks webhooks() {
        return webhooks(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @TestFactory
    Stream<DynamicTest> readsEveryKindOfNewsTheProviderReportsIntoExactlyThatNews() {
        var gateway = webhooks().gateway();
        return Arrays.stream(Kind.values()).map(kind -> DynamicTest.dynamicTest(kind.name(), () -> {
            var news = sample(gateway, kind);
            var webhook = webhookFor(news, NOW);
            Assumptions.assumeTrue(webhook.isPresent(), "the provider reports no " + kind + " news");

            assertThat(webhooks().read(webhook.get().headers(), webhook.get().payload())).contains(news);
        }));
    }

    @Test
    void aPayloadChangedAfterSigningIsRefused() {
        var webhook = authorised(NOW);
        var changed = webhook.payload().replaceFirst("pi_kit", "pi_kiu");
        assertThat(changed).as("the rendered webhook names the authorisation pi_kit").isNotEqualTo(webhook.payload());

        assertThatThrownBy(() -> webhooks().read(webhook.headers(), changed)).isInstanceOf(InvalidWebhookException.class);
    }

    @Test
    void aWebhookWithoutItsSignatureIsRefused() {
        var webhook = authorised(NOW);

        assertThatThrownBy(() -> webhooks().read(Map.of(), webhook.payload())).isInstanceOf(InvalidWebhookException.class);
    }

    @Test
    void aSignatureAsOldAsTheToleranceIsReadAndAnOlderOneRefused() {
        var justInTime = authorised(NOW.minus(tolerance()).plusSeconds(1));
        assertThat(webhooks().read(justInTime.headers(), justInTime.payload())).isPresent();

        var stale = authorised(NOW.minus(tolerance()).minusSeconds(1));
        assertThatThrownBy(() -> webhooks().read(stale.headers(), stale.payload())).isInstanceOf(InvalidWebhookException.class);
    }

    @Test
    void aSenderClockAheadWithinTheToleranceIsReadAndBeyondItRefused() {
        var ahead = authorised(NOW.plus(tolerance()).minusSeconds(1));
        assertThat(webhooks().read(ahead.headers(), ahead.payload())).isPresent();

        var tooFar = authorised(NOW.plus(tolerance()).plusSeconds(1));
        assertThatThrownBy(() -> webhooks().read(tooFar.headers(), tooFar.payload())).isInstanceOf(InvalidWebhookException.class);
    }

    @Test
    void aWebhookAboutSomethingElseIsIgnoredNotFailed() {
        var unrelated = unrelatedWebhook(NOW);

        assertThat(webhooks().read(unrelated.headers(), unrelated.payload())).isEmpty();
    }

    private Webhook authorised(Instant signedAt) {
        var webhook = webhookFor(sample(webhooks().gateway(), Kind.AUTHORISED), signedAt);
        assertThat(webhook).as("every provider reports authorisations (the kit's signature tests use one)").isPresent();
        return webhook.get();
    }

    /**
     * The news of each kind the kit asks the adapter's test to render: references {@code pi_kit} (the authorisation),
     * {@code ch_kit} (a capture), {@code re_kit} (a refund), {@code dp_kit} (a dispute); amounts in EUR.
     */
    private static PaymentNews sample(String gateway, Kind kind) {
        var messageId = "evt_kit_" + kind.name().toLowerCase(java.util.Locale.ROOT);
        return switch (kind) {
            case AUTHORISED, VOIDED -> new PaymentNews(gateway, messageId, PAYMENT, kind, null, "pi_kit", null, NOW);
            case DECLINED -> new PaymentNews(gateway, messageId, PAYMENT, kind, null, "pi_kit", "insufficient_funds", NOW);
            case FAILED -> new PaymentNews(gateway, messageId, PAYMENT, kind, null, "pi_kit", "processing_error", NOW);
            case CAPTURED -> new PaymentNews(gateway, messageId, PAYMENT, kind, Money.of(4_200, "EUR"), "ch_kit", null, NOW);
            case REFUNDED -> new PaymentNews(gateway, messageId, PAYMENT, kind, Money.of(1_000, "EUR"), "re_kit", null, NOW);
            case REFUND_FAILED -> new PaymentNews(gateway, messageId, PAYMENT, kind, Money.of(1_000, "EUR"), "re_kit",
                    "expired_or_canceled_card", NOW);
            case DISPUTED -> new PaymentNews(gateway, messageId, null, "pi_kit", kind, Money.of(4_200, "EUR"), "dp_kit",
                    "fraudulent", NOW);
        };
    }
}
