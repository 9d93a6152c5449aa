package io.orderservice.payment.gateway.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderservice.payment.application.port.in.InvalidWebhookException;
import io.orderservice.payment.application.port.in.PaymentNews;
import io.orderservice.payment.application.port.in.PaymentNews.Kind;
import io.orderservice.payment.domain.PaymentId;
import io.orderservice.shared.Money;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Signature, age and mapping of the HTTP gateway's webhooks. */
class HttpPaymentWebhooksTest {

    static final String SECRET = "whsec_test_secret";
    static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    static final PaymentId PAYMENT = PaymentId.newId();

    final HttpPaymentWebhooks webhooks = new HttpPaymentWebhooks("acme", new HttpGatewayProperties(
            URI.create("http://127.0.0.1:1"), "sk_test", SECRET, null, null, Duration.ofMinutes(5)),
            Clock.fixed(NOW, ZoneOffset.UTC));

    static String event(String id, String type, String object) {
        return """
                {"id":"%s","type":"%s","created":%d,"data":{"object":%s}}""".formatted(id, type, NOW.getEpochSecond(), object);
    }

    static String intent(String status, String extra) {
        return """
                {"id":"pi_1","object":"payment_intent","status":"%s","currency":"eur","metadata":{"payment_id":"%s"}%s}"""
                .formatted(status, PAYMENT, extra);
    }

    Map<String, String> signed(String payload, Instant at) {
        return Map.of("stripe-signature", HttpPaymentWebhooks.sign(SECRET, at.getEpochSecond(), payload));
    }

    @Test
    void aSignedAuthorisationIsNewsForItsPayment() {
        var payload = event("evt_1", "payment_intent.amount_capturable_updated", intent("requires_capture", ""));

        assertThat(webhooks.read(signed(payload, NOW), payload)).contains(
                new PaymentNews("acme", "evt_1", PAYMENT, Kind.AUTHORISED, null, "pi_1", null, NOW));
    }

    @Test
    void capturesRefundsDeclinesAndVoidsAreRead() {
        var captured = event("evt_2", "payment_intent.succeeded", intent("succeeded", ",\"amount_received\":4200,\"latest_charge\":\"ch_1\""));
        var refund = event("evt_3", "refund.updated", """
                {"id":"re_1","object":"refund","status":"succeeded","amount":1000,"currency":"eur","metadata":{"payment_id":"%s"}}"""
                .formatted(PAYMENT));
        var declined = event("evt_4", "payment_intent.payment_failed",
                intent("requires_payment_method", ",\"last_payment_error\":{\"code\":\"card_declined\",\"decline_code\":\"insufficient_funds\"}"));
        var voided = event("evt_5", "payment_intent.canceled", intent("canceled", ""));

        assertThat(webhooks.read(signed(captured, NOW), captured)).get()
                .satisfies(news -> {
                    assertThat(news.kind()).isEqualTo(Kind.CAPTURED);
                    assertThat(news.amount()).isEqualTo(Money.of(4200, "EUR"));
                    assertThat(news.gatewayReference()).isEqualTo("ch_1");
                });
        assertThat(webhooks.read(signed(refund, NOW), refund)).get()
                .satisfies(news -> assertThat(news.amount()).isEqualTo(Money.of(1000, "EUR")));
        assertThat(webhooks.read(signed(declined, NOW), declined)).get()
                .satisfies(news -> assertThat(news.detail()).isEqualTo("insufficient_funds"));
        assertThat(webhooks.read(signed(voided, NOW), voided)).get()
                .satisfies(news -> assertThat(news.kind()).isEqualTo(Kind.VOIDED));
    }

    @Test
    void aRefundStillPendingIsNoNewsAndAFailedOneIsAFailedRefundWithItsReason() {
        var pending = event("evt_10", "refund.created", """
                {"id":"re_2","object":"refund","status":"pending","amount":1000,"currency":"eur","metadata":{"payment_id":"%s"}}"""
                .formatted(PAYMENT));
        var failed = event("evt_11", "refund.failed", """
                {"id":"re_2","object":"refund","status":"failed","failure_reason":"expired_or_canceled_card","amount":1000,\
                "currency":"eur","metadata":{"payment_id":"%s"}}""".formatted(PAYMENT));

        assertThat(webhooks.read(signed(pending, NOW), pending)).isEmpty();
        assertThat(webhooks.read(signed(failed, NOW), failed)).contains(new PaymentNews("acme", "evt_11", PAYMENT,
                Kind.REFUND_FAILED, Money.of(1000, "EUR"), "re_2", "expired_or_canceled_card", NOW));
    }

    @Test
    void aDisputeNamesThePaymentByItsAuthorisation() {
        var dispute = event("evt_8", "charge.dispute.created", """
                {"id":"dp_1","object":"dispute","amount":4200,"currency":"eur","payment_intent":"pi_1","reason":"fraudulent"}""");

        assertThat(webhooks.read(signed(dispute, NOW), dispute)).contains(new PaymentNews("acme", "evt_8", null, "pi_1",
                Kind.DISPUTED, Money.of(4200, "EUR"), "dp_1", "fraudulent", NOW));
    }

    @Test
    void otherEventsAndEventsWithoutOurPaymentAreIgnored() {
        var other = event("evt_6", "customer.created", "{\"id\":\"cus_1\"}");
        var foreign = event("evt_7", "payment_intent.succeeded", "{\"id\":\"pi_9\",\"amount_received\":1,\"currency\":\"eur\"}");

        assertThat(webhooks.read(signed(other, NOW), other)).isEmpty();
        assertThat(webhooks.read(signed(foreign, NOW), foreign)).isEmpty();
    }

    @Test
    void aForgedSignatureIsRefused() {
        var payload = event("evt_1", "payment_intent.amount_capturable_updated", intent("requires_capture", ""));
        var forged = Map.of("stripe-signature", HttpPaymentWebhooks.sign("whsec_someone_else", NOW.getEpochSecond(), payload));
        var tampered = signed(payload, NOW);

        assertThatThrownBy(() -> webhooks.read(forged, payload))
                .isInstanceOf(InvalidWebhookException.class).hasMessageContaining("does not match");
        assertThatThrownBy(() -> webhooks.read(tampered, payload.replace("evt_1", "evt_2")))
                .isInstanceOf(InvalidWebhookException.class).hasMessageContaining("does not match");
        assertThatThrownBy(() -> webhooks.read(Map.of(), payload))
                .isInstanceOf(InvalidWebhookException.class).hasMessageContaining("no stripe-signature");
    }

    @Test
    void aWebhookSignedLongAgoCannotBeReplayed() {
        var payload = event("evt_1", "payment_intent.amount_capturable_updated", intent("requires_capture", ""));

        assertThat(webhooks.read(signed(payload, NOW.minusSeconds(299)), payload)).isPresent();
        assertThatThrownBy(() -> webhooks.read(signed(payload, NOW.minusSeconds(301)), payload))
                .isInstanceOf(InvalidWebhookException.class).hasMessageContaining("signed 301 s away");
    }

    @Test
    void anUnreadablePayloadIsRefused() {
        var payload = "{not json";

        assertThatThrownBy(() -> webhooks.read(signed(payload, NOW), payload)).isInstanceOf(InvalidWebhookException.class);
    }
}
