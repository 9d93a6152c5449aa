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
 * @param paymentId        the payment, as sent to the gateway; null when the gateway only names its authorisation
 * @param authorisationReference the gateway's reference of the payment's authorisation, when it names the payment so
 *                         (disputes do); null otherwise
 * @param amount           the amount concerned (captured, refunded, disputed); the payment's amount otherwise
 * @param gatewayReference the gateway's id for the transaction the news is about
 * @param detail           the gateway's code or reason for a decline, failure, failed refund or dispute; else null
 */
public record PaymentNews(String gateway, String messageId, PaymentId paymentId, String authorisationReference, Kind kind, Money amount, String gatewayReference,
                          String detail, Instant occurredAt) {

    /** {@code REFUND_FAILED}: a refund the gateway had accepted (named by {@code gatewayReference}) could not be made. */
    public enum Kind { AUTHORISED, DECLINED, FAILED, CAPTURED, VOIDED, REFUNDED, REFUND_FAILED, DISPUTED }

    public PaymentNews {
        Objects.requireNonNull(gateway, "gateway");
        if (messageId == null || messageId.isBlank() || messageId.length() > 255) {
            throw new InvalidValueException("payment news needs a message id of 1-255 characters");
        }
        if (paymentId == null && (authorisationReference == null || authorisationReference.isBlank())) {
            throw new InvalidValueException("payment news must name the payment or its authorisation");
        }
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(occurredAt, "occurredAt");
        if (kind != Kind.DECLINED && kind != Kind.FAILED && (gatewayReference == null || gatewayReference.isBlank())) {
            throw new InvalidValueException(kind + " news needs the gateway's reference");
        }
        if ((kind == Kind.CAPTURED || kind == Kind.REFUNDED || kind == Kind.DISPUTED) && amount == null) {
            throw new InvalidValueException(kind + " news needs an amount");
        }
    }

    /** News that names the payment by its id, as most do. */
    public PaymentNews(String gateway, String messageId, PaymentId paymentId, Kind kind, Money amount, String gatewayReference,
                       String detail, Instant occurredAt) {
        this(gateway, messageId, Objects.requireNonNull(paymentId, "paymentId"), null, kind, amount, gatewayReference,
                detail, occurredAt);
    }
}
