package io.orderservice.payment.application.port.in;

import io.orderservice.payment.domain.PaymentId;
import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.Money;
import java.time.Instant;
import java.util.Objects;

/**
 * What a gateway reports about a payment after the fact, by signed webhook or on the payment events
 * topic. {@code messageId} is the sender's id for the message: the same id twice is one message.
 *
 * @param amount           the amount concerned (captured, refunded, disputed); the payment's amount otherwise
 * @param gatewayReference the gateway's id for the transaction the news is about
 * @param detail           the gateway's code or reason for a decline, failure or dispute; else null
 */
public record PaymentNews(String gateway, String messageId, PaymentId paymentId, Kind kind, Money amount, String gatewayReference,
                          String detail, Instant occurredAt) {

    public enum Kind { AUTHORISED, DECLINED, FAILED, CAPTURED, VOIDED, REFUNDED, DISPUTED }

    public PaymentNews {
        Objects.requireNonNull(gateway, "gateway");
        if (messageId == null || messageId.isBlank() || messageId.length() > 255) {
            throw new InvalidValueException("payment news needs a message id of 1-255 characters");
        }
        Objects.requireNonNull(paymentId, "paymentId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(occurredAt, "occurredAt");
        if (kind != Kind.DECLINED && kind != Kind.FAILED && (gatewayReference == null || gatewayReference.isBlank())) {
            throw new InvalidValueException(kind + " news needs the gateway's reference");
        }
        if ((kind == Kind.CAPTURED || kind == Kind.REFUNDED || kind == Kind.DISPUTED) && amount == null) {
            throw new InvalidValueException(kind + " news needs an amount");
        }
    }
}
