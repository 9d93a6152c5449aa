package io.orderservice.fulfilment.domain.tracking;

import io.orderservice.shared.InvalidValueException;
import java.time.Instant;
import java.util.Objects;

/**
 * One report of a carrier about one of its parcels.
 *
 * @param eventId     the carrier's id of the report: a report received twice is recorded once
 * @param place       where it happened, as the carrier says it (a hub, a town), or null
 * @param description the carrier's words, or null
 */
public record TrackingUpdate(String eventId, String trackingNumber, TrackingMilestone milestone, Instant occurredAt, String place,
                             String description) {

    public TrackingUpdate {
        Objects.requireNonNull(milestone, "milestone");
        Objects.requireNonNull(occurredAt, "occurredAt");
        if (eventId == null || eventId.isBlank() || eventId.length() > 128) {
            throw new InvalidValueException("a tracking event has an id of 1 to 128 characters");
        }
        if (trackingNumber == null || trackingNumber.isBlank() || trackingNumber.length() > 64) {
            throw new InvalidValueException("a tracking event names a tracking number of 1 to 64 characters");
        }
        if (place != null && place.length() > 200) {
            throw new InvalidValueException("a tracking event's place has at most 200 characters");
        }
        if (description != null && description.length() > 500) {
            throw new InvalidValueException("a tracking event's description has at most 500 characters");
        }
    }
}
