package io.orderservice.returns.domain;

import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.Sku;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * What one shipment lets its customer send back: per order line, the SKU, the units it carried and the units of them
 * already returned or asked back by requests still open. Read under the lock of the order's returns, so that two
 * requests cannot both take the last unit.
 *
 * @param deliveredAt when the carrier delivered it; null while it is on its way
 */
public record ReturnableShipment(UUID shipmentId, Instant deliveredAt, Map<Integer, Line> lines) {

    /** One order line of the shipment. */
    public record Line(Sku sku, int delivered, int taken) {
        public Line {
            Objects.requireNonNull(sku, "sku");
            if (delivered < 0 || taken < 0 || taken > delivered) {
                throw new InvalidValueException("a shipment's line cannot have " + taken + " of " + delivered + " unit(s) returned");
            }
        }

        public int left() {
            return delivered - taken;
        }
    }

    public ReturnableShipment {
        Objects.requireNonNull(shipmentId, "shipmentId");
        lines = Map.copyOf(lines);
    }
}
