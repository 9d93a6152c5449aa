package io.orderservice.payment.application.port.in;

import java.util.Map;
import java.util.Optional;

/**
 * A gateway's webhook: verified (signature and age) by that gateway's adapter, then applied like any
 * payment news. Throws {@link InvalidWebhookException} for a forged, stale or malformed one.
 */
public interface ReceivePaymentWebhookUseCase {

    /**
     * @param headers the request's headers, names in lower case
     * @param payload the raw body, exactly as received (the signature covers its bytes)
     * @return empty when the webhook is about nothing payments act on (acknowledged all the same)
     */
    Optional<ApplyPaymentNewsUseCase.Outcome> receive(String gateway, Map<String, String> headers, String payload);
}
