package io.orderservice.returns.domain;

import io.orderservice.shared.InvalidValueException;
import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * The parcel a customer sends an approved return back in (ADR 0034): the label booked for it with a carrier, and how far
 * it got as the carrier's tracking webhooks report it. A report older than the last one changes nothing, so reports that
 * arrive out of order never move it back.
 *
 * @param labelUrl   where the customer prints the label (the carrier's document)
 * @param reportedAt when the carrier last reported on it; {@code bookedAt} until it does
 */
public record ReturnParcel(String carrier, String trackingNumber, URI labelUrl, Instant bookedAt, Progress progress,
                           Instant reportedAt) {

    /** How far the parcel got, in the words a return needs. */
    public enum Progress {
        /** Booked: the customer has the label, the carrier has not seen the parcel yet. */
        LABEL_BOOKED,
        /** The carrier has it. */
        ON_ITS_WAY,
        /** The carrier delivered it to the warehouse; the warehouse records what arrived. */
        ARRIVED,
        /** The carrier reported a problem (lost, damaged, returned to the customer). */
        PROBLEM
    }

    public ReturnParcel {
        if (carrier == null || !carrier.matches("[a-z0-9-]{1,32}")) {
            throw new InvalidValueException("a return parcel names its carrier in 1 to 32 lower-case letters, digits or dashes");
        }
        if (trackingNumber == null || trackingNumber.isBlank() || trackingNumber.length() > 64) {
            throw new InvalidValueException("a return parcel has a tracking number of 1 to 64 characters");
        }
        if (labelUrl == null || !"https".equals(labelUrl.getScheme()) && !"http".equals(labelUrl.getScheme())
                || labelUrl.toString().length() > 2048) {
            throw new InvalidValueException("a return label is at an http(s) address of at most 2048 characters");
        }
        Objects.requireNonNull(bookedAt, "bookedAt");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(reportedAt, "reportedAt");
    }

    /** A label just booked. */
    public static ReturnParcel booked(String carrier, String trackingNumber, URI labelUrl, Instant at) {
        return new ReturnParcel(carrier, trackingNumber, labelUrl, at, Progress.LABEL_BOOKED, at);
    }

    /** The parcel after a carrier's report: unchanged when the report is not newer than the last one. */
    ReturnParcel reported(Progress next, Instant at) {
        Objects.requireNonNull(next, "progress");
        if (!at.isAfter(reportedAt) && progress != Progress.LABEL_BOOKED) {
            return this;
        }
        return new ReturnParcel(carrier, trackingNumber, labelUrl, bookedAt, next, at);
    }
}
