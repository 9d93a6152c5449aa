package io.orderservice.ordering.application.port.in.fulfilment;

import io.orderservice.shared.OrderId;
import io.orderservice.shared.Sku;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Keeps an order and its customer in step with its backorders: the customer is told of each fill and delay, and a
 * BACKORDERED order is PAID (ready to ship) again once nothing waits any more. News about an order that ended
 * changes nothing. The news carries when it happened, so a repeat tells the customer the same thing again, not
 * something new.
 */
public interface FollowBackordersUseCase {

    void follow(OrderId orderId, BackorderNews news);

    sealed interface BackorderNews permits Filled, Delayed {
        Instant occurredAt();
    }

    /** Every unit of the SKU the order waited for is reserved for it now. */
    record Filled(Sku sku, int quantity, Instant occurredAt) implements BackorderNews {
        public Filled {
            Objects.requireNonNull(sku, "sku");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }
    }

    /** The restock of the SKU is expected later than before. */
    record Delayed(Sku sku, int waiting, LocalDate previouslyExpected, LocalDate nowExpected, Instant occurredAt)
            implements BackorderNews {
        public Delayed {
            Objects.requireNonNull(sku, "sku");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }
    }
}
