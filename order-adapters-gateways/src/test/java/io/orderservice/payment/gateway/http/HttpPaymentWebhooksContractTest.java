package io.orderservice.payment.gateway.http;

import io.orderservice.payment.application.port.in.PaymentNews;
import io.orderservice.payment.application.port.out.PaymentWebhooks;
import io.orderservice.payment.kit.PaymentWebhooksContract;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The HTTP gateway's webhooks pass the webhook kit, rendered as a Stripe-style provider sends them. */
class HttpPaymentWebhooksContractTest extends PaymentWebhooksContract {

    static final String SECRET = "whsec_kit_secret";

    @Override
    protected PaymentWebhooks webhooks(Clock clock) {
        return new HttpPaymentWebhooks("acme", new HttpGatewayProperties(URI.create("http://127.0.0.1:1"), "sk_test", SECRET,
                null, null, tolerance()), clock);
    }

    @Override
    protected Duration tolerance() {
        return Duration.ofMinutes(5);
    }

    @Override
    protected Optional<Webhook> webhookFor(PaymentNews news, Instant signedAt) {
        var payment = news.paymentId() == null ? "" : news.paymentId().toString();
        var amount = news.amount() == null ? 0 : news.amount().amountMinor();
        var currency = news.amount() == null ? "eur" : news.amount().currency().getCurrencyCode().toLowerCase(Locale.ROOT);
        var intent = """
                {"id":"%s","object":"payment_intent","status":"%s","currency":"%s","metadata":{"payment_id":"%s"}%s}""";
        var refund = """
                {"id":"%s","object":"refund","status":"%s","amount":%d,"currency":"%s","metadata":{"payment_id":"%s"}%s}""";
        var rendered = switch (news.kind()) {
            case AUTHORISED -> event(news, "payment_intent.amount_capturable_updated",
                    intent.formatted(news.gatewayReference(), "requires_capture", currency, payment, ""));
            case DECLINED -> event(news, "payment_intent.payment_failed", intent.formatted("pi_kit", "requires_payment_method",
                    currency, payment, ",\"last_payment_error\":{\"code\":\"card_declined\",\"decline_code\":\"" + news.detail() + "\"}"));
            case CAPTURED -> event(news, "payment_intent.succeeded", intent.formatted("pi_kit", "succeeded", currency, payment,
                    ",\"amount_received\":" + amount + ",\"latest_charge\":\"" + news.gatewayReference() + "\""));
            case VOIDED -> event(news, "payment_intent.canceled",
                    intent.formatted(news.gatewayReference(), "canceled", currency, payment, ""));
            case REFUNDED -> event(news, "refund.updated",
                    refund.formatted(news.gatewayReference(), "succeeded", amount, currency, payment, ""));
            case REFUND_FAILED -> event(news, "refund.failed", refund.formatted(news.gatewayReference(), "failed", amount, currency,
                    payment, ",\"failure_reason\":\"" + news.detail() + "\""));
            case DISPUTED -> event(news, "charge.dispute.created", """
                    {"id":"%s","object":"dispute","payment_intent":"%s","amount":%d,"currency":"%s","reason":"%s"}"""
                    .formatted(news.gatewayReference(), news.authorisationReference(), amount, currency, news.detail()));
            // Card providers of this kind report no failure apart from a decline.
            case FAILED -> null;
        };
        return Optional.ofNullable(rendered).map(payload -> signed(payload, signedAt));
    }

    @Override
    protected Webhook unrelatedWebhook(Instant signedAt) {
        return signed("""
                {"id":"evt_kit_customer","type":"customer.updated","created":%d,"data":{"object":{"id":"cus_1","metadata":{}}}}"""
                .formatted(NOW.getEpochSecond()), signedAt);
    }

    private static String event(PaymentNews news, String type, String object) {
        return """
                {"id":"%s","type":"%s","created":%d,"data":{"object":%s}}""".formatted(news.messageId(), type,
                news.occurredAt().getEpochSecond(), object);
    }

    private static Webhook signed(String payload, Instant signedAt) {
        return new Webhook(Map.of(HttpPaymentWebhooks.SIGNATURE_HEADER,
                HttpPaymentWebhooks.sign(SECRET, signedAt.getEpochSecond(), payload)), payload);
    }
}
