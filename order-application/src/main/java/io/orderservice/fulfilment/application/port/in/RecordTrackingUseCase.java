package io.orderservice.fulfilment.application.port.in;

import java.util.List;
import java.util.Map;

/**
 * Records a carrier's tracking webhook: each report on its shipment's timeline (once, however often the carrier
 * sends it), and a shipment reported delivered as delivered — the order is DELIVERED when all its shipments are.
 * Reports about tracking numbers no order has are acknowledged and named, so that the carrier does not send them
 * again and again.
 */
public interface RecordTrackingUseCase {

    /** @throws InvalidTrackingWebhookException when the webhook is not the carrier's (signature) or unreadable; nothing is recorded */
    TrackingReceipt record(String carrier, Map<String, String> headers, String payload);

    record TrackingReceipt(int recorded, int repeated, List<String> unknownTrackingNumbers) {
        public TrackingReceipt {
            unknownTrackingNumbers = List.copyOf(unknownTrackingNumbers);
        }
    }

    class InvalidTrackingWebhookException extends RuntimeException {
        public InvalidTrackingWebhookException(String message) {
            super(message);
        }
    }
}
