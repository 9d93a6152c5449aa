package io.orderservice.fulfilment.application.port.in;

import io.orderservice.ordering.application.port.in.OrderView;
import io.orderservice.shared.Caller;
import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.OrderId;
import io.orderservice.shared.RequestKey;
import java.util.Map;
import java.util.Objects;

/**
 * A warehouse (or a supplier) cannot find units of an order line it holds: its group is split again — the units are
 * held at other locations that have them — and what no one has is backordered when the SKU may be, and otherwise
 * given up: taken off the order (re-priced, a smaller total captured at shipment) before anything was captured, or
 * refunded ({@code will-not-ship}) after. The order stops waiting for given-up units.
 *
 * @throws io.orderservice.ordering.application.port.in.OrderNotFoundException when there is no such order
 * @throws io.orderservice.ordering.application.port.in.LineNotFoundException  when the order has no such line
 * @throws io.orderservice.ordering.domain.IllegalOrderTransitionException when the order is not being shipped
 *                                                                       (PAID, BACKORDERED or PARTIALLY_SHIPPED)
 * @throws InvalidValueException                                         when the location holds fewer of the line's
 *                                                                       units that have not shipped
 */
public interface ReportShortPickUseCase {

    ShortPickReport report(ShortPickCommand command);

    /** @param requestKey the report's Idempotency-Key, when it sent one: a retry of it writes the units off once */
    record ShortPickCommand(OrderId orderId, String location, int lineNumber, int missing, Caller by, String reason,
                            RequestKey requestKey) {
        public ShortPickCommand {
            Objects.requireNonNull(orderId, "orderId");
            if (location == null || location.isBlank()) {
                throw new InvalidValueException("a short pick names the location");
            }
            if (missing < 1) {
                throw new InvalidValueException("a short pick is of at least one unit");
            }
            Objects.requireNonNull(by, "by");
        }

        public ShortPickCommand(OrderId orderId, String location, int lineNumber, int missing, Caller by, String reason) {
            this(orderId, location, lineNumber, missing, by, reason, null);
        }
    }

    /**
     * @param reallocated units held at other locations now, by location
     * @param backordered units that wait for a restock
     * @param givenUp     units no one has: taken off the order, or refunded
     */
    record ShortPickReport(OrderView order, Map<String, Integer> reallocated, int backordered, int givenUp) {
        public ShortPickReport {
            reallocated = Map.copyOf(reallocated);
        }
    }
}
