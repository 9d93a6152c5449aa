package io.orderservice.returns.application.port.out;

import io.orderservice.shared.Address;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A carrier's label service for parcels coming back (ADR 0034): a label booked for an approved return, from the
 * customer's address to the shop's returns address, which the customer prints and sticks on the parcel. Its tracking
 * number is what the carrier's tracking webhooks report the parcel under.
 */
public interface ReturnLabels {

    /** Whether the shop books return labels at all (a carrier is configured). */
    boolean booksLabels();

    /**
     * Books the label; asked again for the same return (after a crash), the carrier answers the label it booked then.
     *
     * @return empty when the shop books no labels (no carrier configured): the customer sends the parcel their own way,
     *         with the RMA number on it
     * @throws LabelNotBookedException when the carrier cannot book it now (out of reach, an error): it is tried again
     */
    Optional<BookedLabel> book(LabelRequest request);

    /** @param returnId the carrier's idempotency key: one label per return */
    record LabelRequest(UUID returnId, String rma, Address from) {
        public LabelRequest {
            Objects.requireNonNull(returnId, "returnId");
            Objects.requireNonNull(rma, "rma");
            Objects.requireNonNull(from, "from");
        }
    }

    /** @param labelUrl where the label's document is (the carrier keeps it) */
    record BookedLabel(String carrier, String trackingNumber, URI labelUrl) {
        public BookedLabel {
            Objects.requireNonNull(carrier, "carrier");
            Objects.requireNonNull(trackingNumber, "trackingNumber");
            Objects.requireNonNull(labelUrl, "labelUrl");
        }
    }

    /** The carrier booked no label this time (out of reach, an error, an answer that is no label); the message says why. */
    class LabelNotBookedException extends RuntimeException {
        public LabelNotBookedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
