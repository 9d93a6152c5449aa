package io.orderservice.shared.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;

/** The CloudEvents headers (binary content mode) every record the service publishes carries (docs/asyncapi.yaml). */
public final class CloudEventHeaders {

    public static final String SOURCE = "/order-service";

    private CloudEventHeaders() {
    }

    /**
     * The event id is derived from the event's content, so a redelivery after a failed acknowledgement carries the same
     * {@code ce_id} and consumers can drop it as a duplicate.
     *
     * @param subject what the event is about (an order's id)
     */
    public static Map<String, Object> of(String type, Record event, String subject, Instant time) {
        return Map.of(
                "ce_specversion", "1.0",
                "ce_id", UUID.nameUUIDFromBytes((type + event).getBytes(StandardCharsets.UTF_8)).toString(),
                "ce_source", SOURCE,
                "ce_type", type,
                "ce_subject", subject,
                "ce_time", DateTimeFormatter.ISO_INSTANT.format(time),
                "content-type", "application/json");
    }
}
