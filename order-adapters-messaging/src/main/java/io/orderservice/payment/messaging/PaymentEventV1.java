package io.orderservice.payment.messaging;

import io.orderservice.payment.application.port.in.PaymentNews;
import io.orderservice.payment.domain.PaymentId;
import io.orderservice.shared.Money;
import java.time.Instant;
import java.util.Locale;

/**
 * A payment event on the {@code payment-events} topic, version 1 (docs/asyncapi.yaml): what a payment
 * service or a gateway's event bridge reports about a payment this service made. Keyed by payment id.
 *
 * @param type one of {@code payment.authorised|declined|failed|captured|voided|refunded|refund_failed|disputed}
 * @param amount for captured, refunded and disputed: minor units in {@code currency}
 */
record PaymentEventV1(String eventId, String type, String gateway, String paymentId, String gatewayReference,
                      Long amount, String currency, String detail, Instant occurredAt) {

    static final String TYPE_PREFIX = "payment.";

    /** The event as payment news; throws {@link UnreadablePaymentEventException} when it is not one. */
    PaymentNews toNews() {
        if (type == null || !type.startsWith(TYPE_PREFIX)) {
            throw new UnreadablePaymentEventException("unknown payment event type " + type);
        }
        PaymentNews.Kind kind;
        try {
            kind = PaymentNews.Kind.valueOf(type.substring(TYPE_PREFIX.length()).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UnreadablePaymentEventException("unknown payment event type " + type);
        }
        try {
            return new PaymentNews(gateway, eventId, PaymentId.of(paymentId), kind,
                    amount == null ? null : Money.of(amount, currency == null ? "" : currency.toUpperCase(Locale.ROOT)),
                    gatewayReference, detail, occurredAt == null ? Instant.now() : occurredAt);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new UnreadablePaymentEventException("invalid payment event: " + e.getMessage());
        }
    }
}
