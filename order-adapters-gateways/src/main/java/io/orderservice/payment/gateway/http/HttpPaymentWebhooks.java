package io.orderservice.payment.gateway.http;

import io.orderservice.payment.application.port.in.InvalidWebhookException;
import io.orderservice.payment.application.port.in.PaymentNews.Kind;
import io.orderservice.payment.application.port.in.PaymentNews;
import io.orderservice.payment.application.port.out.PaymentWebhooks;
import io.orderservice.shared.gateway.TimestampedSignature;
import io.orderservice.payment.domain.PaymentId;
import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.Money;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Webhooks of an {@link HttpPaymentGateway}, in Stripe's conventions: the header
 * {@code Stripe-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.payload" with the webhook secret>},
 * refused when the signature does not match or the timestamp is further than the tolerance from now
 * (a captured webhook cannot be replayed later); events {@code payment_intent.amount_capturable_updated}
 * (authorised), {@code payment_intent.payment_failed} (declined), {@code payment_intent.succeeded}
 * (captured), {@code payment_intent.canceled} (voided) and {@code refund.created}/{@code refund.updated}/
 * {@code refund.failed} (refunded once succeeded; a refund failed when failed or canceled), each naming the payment in {@code metadata.payment_id}, and
 * {@code charge.dispute.created} (disputed), which names the payment intent instead. Other events are
 * acknowledged and ignored. Replays within the tolerance are stopped by the inbox (the event id).
 */
public class HttpPaymentWebhooks implements PaymentWebhooks {

    static final String SIGNATURE_HEADER = "stripe-signature";

    private final String gateway;
    private final byte[] secret;
    private final Duration tolerance;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    public HttpPaymentWebhooks(String gateway, HttpGatewayProperties properties, Clock clock) {
        if (properties.webhookSecret() == null || properties.webhookSecret().isBlank()) {
            throw new IllegalArgumentException("gateway " + gateway + " has no webhook-secret");
        }
        this.gateway = gateway;
        this.secret = properties.webhookSecret().getBytes(StandardCharsets.UTF_8);
        this.tolerance = properties.webhookTolerance();
        this.clock = clock;
    }

    @Override
    public String gateway() {
        return gateway;
    }

    @Override
    public Optional<PaymentNews> read(Map<String, String> headers, String payload) {
        verify(headers.get(SIGNATURE_HEADER), payload);
        try {
            return news(json.readTree(payload));
        } catch (JacksonException | InvalidValueException e) {
            throw new InvalidWebhookException("unreadable webhook: " + e.getMessage());
        }
    }

    /** The signature header for a payload: what the provider sends; also what tests sign with. */
    public static String sign(String secret, long unixSeconds, String payload) {
        return TimestampedSignature.sign(secret, unixSeconds, payload);
    }

    private void verify(String header, String payload) {
        if (header == null || header.isBlank()) {
            throw new InvalidWebhookException("the webhook carries no " + SIGNATURE_HEADER + " header");
        }
        try {
            TimestampedSignature.verify(header, secret, payload, tolerance, clock.instant());
        } catch (TimestampedSignature.RejectedException e) {
            throw new InvalidWebhookException("the webhook's signature is refused: " + e.getMessage());
        }
    }

    private Optional<PaymentNews> news(JsonNode event) {
        var object = event.path("data").path("object");
        var paymentId = object.path("metadata").path("payment_id").asString("");
        var type = event.path("type").asString("");
        var messageId = event.path("id").asString("");
        var at = Instant.ofEpochSecond(event.path("created").asLong(clock.instant().getEpochSecond()));
        if (type.equals("charge.dispute.created")) {
            // A dispute names the payment intent (our authorisation's reference), not our metadata.
            return Optional.of(new PaymentNews(gateway, messageId, null, object.path("payment_intent").asString(""),
                    Kind.DISPUTED, money(object.path("amount").asLong(), object), object.path("id").asString(""),
                    object.path("reason").asString("disputed"), at));
        }
        if (paymentId.isEmpty()) {
            return Optional.empty();
        }
        var id = PaymentId.of(paymentId);
        var intentId = object.path("id").asString("");
        return Optional.ofNullable(switch (type) {
            case "payment_intent.amount_capturable_updated" ->
                    new PaymentNews(gateway, messageId, id, Kind.AUTHORISED, null, intentId, null, at);
            case "payment_intent.payment_failed" -> new PaymentNews(gateway, messageId, id, Kind.DECLINED, null, intentId,
                    object.path("last_payment_error").path("decline_code").asString(
                            object.path("last_payment_error").path("code").asString("declined")), at);
            case "payment_intent.succeeded" -> new PaymentNews(gateway, messageId, id, Kind.CAPTURED,
                    money(object.path("amount_received").asLong(), object), object.path("latest_charge").asString(intentId), null, at);
            case "payment_intent.canceled" -> new PaymentNews(gateway, messageId, id, Kind.VOIDED, null, intentId, null, at);
            case "refund.created", "refund.updated", "refund.failed" -> switch (object.path("status").asString("")) {
                case "succeeded" -> new PaymentNews(gateway, messageId, id, Kind.REFUNDED,
                        money(object.path("amount").asLong(), object), intentId, null, at);
                case "failed", "canceled" -> new PaymentNews(gateway, messageId, id, Kind.REFUND_FAILED,
                        money(object.path("amount").asLong(), object), intentId,
                        object.path("failure_reason").asString("refund_failed"), at);
                default -> null;
            };
            default -> null;
        });
    }

    private static Money money(long amountMinor, JsonNode object) {
        return Money.of(amountMinor, object.path("currency").asString("").toUpperCase(Locale.ROOT));
    }
}
