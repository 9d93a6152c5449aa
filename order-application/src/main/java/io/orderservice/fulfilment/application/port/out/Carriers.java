package io.orderservice.fulfilment.application.port.out;

import io.orderservice.shared.Address;
import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.OrderId;
import java.util.Objects;
import java.util.UUID;

/**
 * The carriers goods leave with. A shipment is handed over to one: it confirms the tracking number the
 * warehouse already has from the carrier's label, or issues one when the carrier is one that leaves that
 * to us (an own delivery fleet), and says where the customer can follow it.
 */
public interface Carriers {

    /**
     * @throws HandoverRefusedException for a carrier nobody configured, a tracking number not of that carrier, or
     *                                   none for a carrier that needs its label's
     */
    HandedOver handOver(Handover handover);

    /**
     * @param shipmentId     ours, the same when asked again for the same shipment
     * @param trackingNumber the number on the carrier's label, or null to have the carrier issue one
     */
    record Handover(OrderId orderId, UUID shipmentId, String carrier, String trackingNumber, Address shipTo) {
        public Handover {
            Objects.requireNonNull(orderId, "orderId");
            Objects.requireNonNull(shipmentId, "shipmentId");
            Objects.requireNonNull(shipTo, "shipTo");
            if (carrier == null || carrier.isBlank()) {
                throw new InvalidValueException("a shipment needs a carrier");
            }
        }
    }

    /** @param trackingUrl where the customer follows the shipment; null when the carrier has no public tracking */
    record HandedOver(String carrier, String trackingNumber, String trackingUrl) {
    }

    /** The carrier does not take the shipment as described; the message says why. */
    class HandoverRefusedException extends InvalidValueException {
        public HandoverRefusedException(String message) {
            super(message);
        }
    }
}
