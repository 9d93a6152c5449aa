package io.orderservice.ordering.application.port.out;

import io.orderservice.shared.OrderId;
import io.orderservice.shared.Sku;
import java.util.List;

/**
 * Holds stock for an order while it is placed. Reserving is all or nothing: either every line is held or
 * none is, and the caller learns which lines fall short. A held reservation is confirmed (allocated to the
 * order) when the placement completes, or released when it fails. All in the caller's transaction.
 */
public interface StockReservations {

    ReservationOutcome reserve(OrderId orderId, List<RequestedLine> lines);

    /** Allocates what is held for the order; confirming twice changes nothing. Returns the lines allocated now. */
    int confirm(OrderId orderId);

    /** Gives back what the order holds; releasing twice changes nothing. Returns the lines released now. */
    int release(OrderId orderId);

    sealed interface ReservationOutcome permits Reserved, InsufficientStock {
    }

    record Reserved() implements ReservationOutcome {
    }

    record InsufficientStock(List<Shortage> shortages) implements ReservationOutcome {
        public InsufficientStock {
            shortages = List.copyOf(shortages);
        }
    }

    record Shortage(Sku sku, int requested, int available) {
    }
}
