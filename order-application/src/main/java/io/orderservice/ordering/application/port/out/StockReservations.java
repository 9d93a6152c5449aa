package io.orderservice.ordering.application.port.out;

import io.orderservice.shared.Address;
import io.orderservice.shared.OrderId;
import io.orderservice.shared.Sku;
import java.util.List;

/**
 * Holds stock for an order while it is placed. Reserving is all or nothing: either every line is held (units of a SKU
 * that may be backordered and is short count as held: they wait for a restock) or none is, and the caller learns
 * which lines fall short. A held reservation is confirmed (allocated to the order) when the placement completes, or
 * released when it fails; one never confirmed expires after a while. All in the caller's transaction.
 */
public interface StockReservations {

    /** Holds the lines for the order, from the stock locations that suit an order shipped to {@code shipTo}. */
    ReservationOutcome reserve(OrderId orderId, List<RequestedLine> lines, Address shipTo);

    /**
     * Holds exactly {@code lines} for an order whose lines changed after its placement: more of a SKU is held
     * if it is there, less is given back, a SKU no longer ordered is released. All or nothing, like reserving:
     * on a shortage nothing changes and the caller learns which lines fall short.
     */
    ReservationOutcome adjust(OrderId orderId, List<RequestedLine> lines, Address shipTo);

    /**
     * Allocates what is held for the order, and answers how the order will be fulfilled ({@link Allocated}); confirming
     * twice changes nothing. When the hold expired meanwhile, the lines are reserved afresh as for {@link #reserve} —
     * which may fall short now.
     */
    ReservationOutcome confirm(OrderId orderId, List<RequestedLine> lines, Address shipTo);

    /** Gives back what the order holds; releasing twice changes nothing. Returns the lines released now. */
    int release(OrderId orderId);

    sealed interface ReservationOutcome permits Reserved, Allocated, InsufficientStock {
    }

    record Reserved() implements ReservationOutcome {
    }

    /** What a confirmation allocated: the order's fulfilment plan as it stands now, which the confirming found out. */
    record Allocated(FulfilmentPlans.FulfilmentPlan plan) implements ReservationOutcome {
        public Allocated {
            java.util.Objects.requireNonNull(plan, "plan");
        }
    }

    record InsufficientStock(List<Shortage> shortages) implements ReservationOutcome {
        public InsufficientStock {
            shortages = List.copyOf(shortages);
        }
    }

    record Shortage(Sku sku, int requested, int available) {
    }
}
