package io.orderservice.ordering.application.port.out;

import io.orderservice.shared.OrderId;
import io.orderservice.shared.Sku;
import java.util.List;

/**
 * Holds stock for an order. Reserving is all or nothing: either every line is held or none is, and
 * the caller learns which lines fall short.
 */
public interface StockReservations {

    ReservationOutcome reserve(OrderId orderId, List<RequestedLine> lines);

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
