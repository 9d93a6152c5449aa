package io.orderservice.ordering.application.port.out;

import io.orderservice.shared.OrderId;
import java.time.Instant;
import java.util.List;

/** Orders that are DELIVERED (no return asked for) since before a moment: those whose return window has closed. */
public interface DeliveredOrders {

    /** At most {@code limit} of them, longest delivered first. */
    List<OrderId> deliveredBefore(Instant cutoff, int limit);
}
