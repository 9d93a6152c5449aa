package io.orderservice.payment.application.port.out;

import io.orderservice.payment.application.port.in.InvalidWebhookException;
import io.orderservice.payment.application.port.in.PaymentNews;
import java.util.Map;
import java.util.Optional;

/**
 * A gateway's webhooks: how its signature is checked and its payload read. Implemented next to the
 * gateway's {@link PaymentGateway} adapter, since both speak the provider's language.
 */
public interface PaymentWebhooks {

    /** The gateway these webhooks come from, as in {@link PaymentGateway#name()}. */
    String gateway();

    /**
     * Verifies the signature and the age of the webhook, then reads it.
     *
     * @return empty for a webhook about something payments do not act on
     * @throws InvalidWebhookException if the signature is missing or wrong, the webhook too old, or unreadable
     */
    Optional<PaymentNews> read(Map<String, String> headers, String payload);
}
