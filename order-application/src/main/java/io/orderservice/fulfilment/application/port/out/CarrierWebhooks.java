package io.orderservice.fulfilment.application.port.out;

import io.orderservice.fulfilment.domain.tracking.TrackingUpdate;
import java.util.List;
import java.util.Map;

/** Carriers' tracking webhooks: verified with the carrier's secret and read into tracking updates. */
public interface CarrierWebhooks {

    /**
     * @param headers the request's headers, names in lower case
     * @throws InvalidCarrierWebhookException when the carrier is unknown or has no webhook secret, the signature is
     *                                        missing, wrong or stale, or the payload unreadable
     */
    List<TrackingUpdate> read(String carrier, Map<String, String> headers, String payload);

    class InvalidCarrierWebhookException extends RuntimeException {
        public InvalidCarrierWebhookException(String message) {
            super(message);
        }
    }
}
