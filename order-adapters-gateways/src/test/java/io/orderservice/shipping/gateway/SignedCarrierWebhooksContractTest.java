package io.orderservice.shipping.gateway;

import io.orderservice.fulfilment.application.port.out.CarrierWebhooks;
import io.orderservice.fulfilment.domain.tracking.TrackingUpdate;
import io.orderservice.fulfilment.kit.CarrierWebhooksContract;
import io.orderservice.shared.gateway.TimestampedSignature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** The signed carrier webhooks pass the tracking webhook kit, rendered in their one signed format. */
class SignedCarrierWebhooksContractTest extends CarrierWebhooksContract {

    static final String SECRET = "whsec_dhl";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    protected CarrierWebhooks webhooks(Clock clock) {
        return new SignedCarrierWebhooks(new CarrierProperties(Map.of(
                "dhl", new CarrierProperties.Carrier("[0-9A-Z]{10,39}", null, null, SECRET, tolerance()))), clock);
    }

    @Override
    protected String carrier() {
        return "dhl";
    }

    @Override
    protected Duration tolerance() {
        return Duration.ofMinutes(5);
    }

    @Override
    protected Webhook webhookFor(List<TrackingUpdate> updates, Instant signedAt) {
        return signed(updates.stream().map(SignedCarrierWebhooksContractTest::event).toList(), signedAt);
    }

    @Override
    protected Webhook webhookWithANewerMilestone(TrackingUpdate known, Instant signedAt) {
        var newer = event(known);
        newer.put("eventId", "evt-newer");
        newer.put("milestone", "HELD_AT_LOCKER");
        return signed(List.of(newer, event(known)), signedAt);
    }

    private static Webhook signed(List<Map<String, Object>> events, Instant signedAt) {
        var payload = JSON.writeValueAsString(Map.of("events", new ArrayList<>(events)));
        return new Webhook(Map.of(SignedCarrierWebhooks.SIGNATURE_HEADER,
                TimestampedSignature.sign(SECRET, signedAt.getEpochSecond(), payload)), payload);
    }

    private static Map<String, Object> event(TrackingUpdate update) {
        var event = new LinkedHashMap<String, Object>();
        event.put("eventId", update.eventId());
        event.put("trackingNumber", update.trackingNumber());
        event.put("milestone", update.milestone().name().toLowerCase(Locale.ROOT));
        event.put("occurredAt", update.occurredAt().toString());
        if (update.place() != null) {
            event.put("place", update.place());
        }
        if (update.description() != null) {
            event.put("description", update.description());
        }
        return event;
    }
}
