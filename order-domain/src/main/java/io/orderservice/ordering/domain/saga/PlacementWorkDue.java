package io.orderservice.ordering.domain.saga;

import io.orderservice.shared.OrderId;
import java.util.Objects;

/**
 * The placement saga of an order has dispatched work (a step or a compensation) at this version of its
 * state. Published through the outbox in the transaction that dispatched the work, so the work is done
 * even if the process dies right after the commit; a delivery that finds the saga at another version is
 * old news and does nothing. Internal to ordering: not externalized.
 */
public record PlacementWorkDue(OrderId orderId, long sagaVersion) {

    public PlacementWorkDue {
        Objects.requireNonNull(orderId, "orderId");
    }
}
