package io.orderservice.shipping.gateway;

import io.orderservice.fulfilment.application.port.out.CarrierWebhooks;
import io.orderservice.fulfilment.domain.tracking.TrackingMilestone;
import io.orderservice.fulfilment.domain.tracking.TrackingUpdate;
import io.orderservice.shared.gateway.TimestampedSignature;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Carriers' tracking webhooks in one signed format (a carrier's own format is mapped to it by the integration that
 * relays it, or by another adapter behind the same port): header {@code X-Signature: t=<unix seconds>,v1=<hex
 * HMAC-SHA256 of "t.body">} with the carrier's {@code webhook-secret}, body
 * {@code {"events": [{"eventId", "trackingNumber", "milestone", "occurredAt", "place", "description"}]}} with the
 * milestones LABEL_CREATED, PICKED_UP, IN_TRANSIT, OUT_FOR_DELIVERY, DELIVERED, EXCEPTION. An event of a milestone
 * newer than this adapter is left out (logged) and the rest of the batch read: refusing the batch would have the
 * carrier send it again and again, and lose the events beside it.
 */
@Component
class SignedCarrierWebhooks implements CarrierWebhooks {

    static final String SIGNATURE_HEADER = "x-signature";
    private static final int MAX_EVENTS = 500;

    private final CarrierProperties properties;
    private final Clock clock;
    private static final Logger log = LoggerFactory.getLogger(SignedCarrierWebhooks.class);

    private final JsonMapper json = JsonMapper.builder().build();

    SignedCarrierWebhooks(CarrierProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public List<TrackingUpdate> read(String carrier, Map<String, String> headers, String payload) {
        var configured = properties.carriers().get(carrier.toLowerCase(Locale.ROOT));
        if (configured == null || configured.webhookSecret() == null || configured.webhookSecret().isBlank()) {
            throw new InvalidCarrierWebhookException("no carrier '" + carrier + "' sends tracking webhooks here");
        }
        try {
            TimestampedSignature.verify(headers.get(SIGNATURE_HEADER), configured.webhookSecret().getBytes(StandardCharsets.UTF_8),
                    payload, configured.webhookTolerance(), clock.instant());
        } catch (TimestampedSignature.RejectedException e) {
            throw new InvalidCarrierWebhookException("the webhook's signature is refused: " + e.getMessage());
        }
        try {
            var events = json.readTree(payload).path("events");
            if (!events.isArray() || events.isEmpty() || events.size() > MAX_EVENTS) {
                throw new InvalidCarrierWebhookException("a tracking webhook carries 1 to " + MAX_EVENTS + " events");
            }
            var updates = new ArrayList<TrackingUpdate>();
            for (var event : events) {
                var milestone = milestone(event);
                if (milestone == null) {
                    log.warn("A {} tracking event of a milestone this service does not know is left out: {}", carrier,
                            event.path("milestone"));
                    continue;
                }
                updates.add(update(event, milestone));
            }
            return updates;
        } catch (JacksonException | IllegalArgumentException | DateTimeParseException e) {
            throw new InvalidCarrierWebhookException("unreadable tracking webhook: " + e.getMessage());
        }
    }

    /** The event's milestone; null for a milestone newer than this adapter. */
    private static TrackingMilestone milestone(JsonNode event) {
        var name = event.path("milestone").asString("").toUpperCase(Locale.ROOT);
        if (name.isBlank()) {
            throw new InvalidCarrierWebhookException("a tracking event without a milestone");
        }
        return Arrays.stream(TrackingMilestone.values()).filter(known -> known.name().equals(name)).findFirst().orElse(null);
    }

    private static TrackingUpdate update(JsonNode event, TrackingMilestone milestone) {
        return new TrackingUpdate(text(event, "eventId"), text(event, "trackingNumber"), milestone,
                Instant.parse(event.path("occurredAt").asString("")), text(event, "place"), text(event, "description"));
    }

    private static String text(JsonNode event, String field) {
        var node = event.path(field);
        return node.isString() ? node.asString() : null;
    }
}
