package io.orderservice.fulfilment.application.port.in;

import io.orderservice.ordering.application.port.in.OrderView;
import io.orderservice.shared.Caller;
import io.orderservice.shared.OrderId;
import io.orderservice.shared.Quantity;
import io.orderservice.shared.RequestKey;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Records goods leaving the warehouse for an order: hands the shipment to its carrier (which confirms or
 * issues the tracking number) and moves the order to SHIPPED, or PARTIALLY_SHIPPED while units are left. The money
 * is taken first (ADR 0025).
 *
 * @throws io.orderservice.ordering.application.port.in.OrderNotFoundException when there is no such order
 * @throws io.orderservice.ordering.application.port.in.StaleOrderException when {@code expectedVersion} is given and
 *                                                                          the order has moved on from it
 * @throws io.orderservice.ordering.domain.IllegalOrderTransitionException when its status allows no shipping
 * @throws CarrierRefusedException for a carrier not configured or a tracking number not of that carrier
 * @throws io.orderservice.ordering.application.port.in.CaptureRefusedException when the order's money could not be
 *                                                                              taken: nothing leaves
 * @throws io.orderservice.ordering.application.port.in.PaymentUnavailableException when no gateway could take it
 */
public interface ShipOrderUseCase {

    OrderView ship(ShipOrderCommand command);

    /**
     * @param expectedVersion the version the caller read, or null to ship whatever the order's version
     * @param trackingNumber  from the carrier's label, or null for a carrier that issues its own
     * @param lines           what leaves; empty for everything not shipped yet (from {@code location}: everything
     *                        held there not shipped yet)
     * @param by              who records it: a warehouse (for its own locations if its token names them)
     * @param location        the stock location it leaves from (its fulfilment group), or null when not said
     * @param requestKey      the request's {@code Idempotency-Key}, if it had one: the shipment's id is derived from it, so
     *                        that a run of the same request after a crash answers with the shipment the first run
     *                        recorded; or null
     */
    record ShipOrderCommand(OrderId orderId, Long expectedVersion, String carrier, String trackingNumber,
                            List<Line> lines, Caller by, String location, RequestKey requestKey) {
        public ShipOrderCommand {
            Objects.requireNonNull(orderId, "orderId");
            lines = lines == null ? List.of() : List.copyOf(lines);
            Objects.requireNonNull(by, "by");
        }

        /** Leaving from no location in particular. */
        public ShipOrderCommand(OrderId orderId, Long expectedVersion, String carrier, String trackingNumber, List<Line> lines,
                                Caller by) {
            this(orderId, expectedVersion, carrier, trackingNumber, lines, by, null, null);
        }

        /** Without an {@code Idempotency-Key}. */
        public ShipOrderCommand(OrderId orderId, Long expectedVersion, String carrier, String trackingNumber, List<Line> lines,
                                Caller by, String location) {
            this(orderId, expectedVersion, carrier, trackingNumber, lines, by, location, null);
        }

        /** The id of the shipment this command records: derived from its key, if it has one. */
        public UUID shipmentId() {
            return requestKey == null ? UUID.randomUUID() : requestKey.derivedId();
        }
    }

    record Line(int lineNumber, Quantity quantity) {
    }
}
