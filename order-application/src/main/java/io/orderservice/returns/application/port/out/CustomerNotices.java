package io.orderservice.returns.application.port.out;

import io.orderservice.shared.CustomerId;
import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.Money;
import io.orderservice.shared.OrderId;
import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The notification port (ADR 0034): what a customer is told about their return — a notification service turns these
 * into mails or messages. Told in the transaction of the change, so a notice goes out exactly when the change commits
 * (its first adapter hands it to the outbox, which publishes it to Kafka as the backorder notices are).
 */
public interface CustomerNotices {

    void tell(ReturnNotice notice);

    /**
     * One thing to tell a customer about a return.
     *
     * @param rma      the RMA number to write on the parcel, for an approval; null otherwise
     * @param reason   why, as the customer is told: a rejection's or a partial approval's reason; null otherwise
     * @param refunded what the return refunds, for {@link Kind#REFUNDED}; null otherwise
     * @param label    the label to print, for {@link Kind#LABEL_BOOKED}; null otherwise
     */
    record ReturnNotice(Kind kind, UUID returnId, OrderId orderId, CustomerId customerId, String rma, String reason,
                        Money refunded, Label label, Instant at) {
        public ReturnNotice {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(returnId, "returnId");
            Objects.requireNonNull(orderId, "orderId");
            Objects.requireNonNull(customerId, "customerId");
            Objects.requireNonNull(at, "at");
            if ((kind == Kind.REFUNDED) != (refunded != null)) {
                throw new InvalidValueException("a refund notice, and only it, says what was refunded");
            }
            if ((kind == Kind.LABEL_BOOKED) != (label != null)) {
                throw new InvalidValueException("a label notice, and only it, has the label");
            }
        }
    }

    /** A return label: the carrier, the tracking number the parcel travels under, where the label is to print. */
    record Label(String carrier, String trackingNumber, URI url) {
        public Label {
            Objects.requireNonNull(carrier, "carrier");
            Objects.requireNonNull(trackingNumber, "trackingNumber");
            Objects.requireNonNull(url, "url");
        }
    }

    enum Kind {
        /** The request was approved in full: send the units back. */
        APPROVED,
        /** Some of the units were approved: send those back; the reason says why not the others. */
        PARTIALLY_APPROVED,
        /** A label was booked for the approved units: print it and hand the parcel to the carrier. */
        LABEL_BOOKED,
        /** The request was rejected; the reason says why. */
        REJECTED,
        /** The units arrived at the warehouse. */
        RECEIVED,
        /** The money for what arrived is on its way to the original payment method. */
        REFUNDED
    }
}
