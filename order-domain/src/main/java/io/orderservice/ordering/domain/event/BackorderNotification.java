package io.orderservice.ordering.domain.event;

import io.orderservice.shared.CustomerId;
import io.orderservice.shared.OrderId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the customer is told about units of their order that wait for a restock (the notification port: a notification
 * service turns these into mails or messages). Not part of the order's own history, so they carry no sequence.
 */
public sealed interface BackorderNotification extends OrderNotice {

    OrderId orderId();

    CustomerId customerId();

    Instant occurredAt();

    /**
     * Units of one SKU.
     *
     * @param restockExpected when the restock is expected, or null when unknown
     */
    record Units(String sku, int quantity, LocalDate restockExpected) {
        public Units {
            Objects.requireNonNull(sku, "sku");
        }
    }

    /** The order was placed with units that wait for a restock (the rest ships as usual). */
    record Created(OrderId orderId, CustomerId customerId, List<Units> waiting, Instant occurredAt) implements BackorderNotification {
        public Created {
            Objects.requireNonNull(orderId, "orderId");
            Objects.requireNonNull(customerId, "customerId");
            waiting = List.copyOf(waiting);
        }
    }

    /** The restock the waiting units depend on moved later. */
    record Delayed(OrderId orderId, CustomerId customerId, Units waiting, LocalDate previouslyExpected, Instant occurredAt)
            implements BackorderNotification {
        public Delayed {
            Objects.requireNonNull(orderId, "orderId");
            Objects.requireNonNull(customerId, "customerId");
            Objects.requireNonNull(waiting, "waiting");
        }
    }

    /**
     * A restock filled the units of one SKU the order waited for: they ship now.
     *
     * @param stillWaiting whether other units of the order still wait
     */
    record Filled(OrderId orderId, CustomerId customerId, String sku, int quantity, boolean stillWaiting, Instant occurredAt)
            implements BackorderNotification {
        public Filled {
            Objects.requireNonNull(orderId, "orderId");
            Objects.requireNonNull(customerId, "customerId");
            Objects.requireNonNull(sku, "sku");
        }
    }
}
