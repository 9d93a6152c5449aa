package io.orderservice.fulfilment.application.port.out;

import io.orderservice.fulfilment.domain.Fulfilment;
import io.orderservice.shared.OrderId;
import java.util.Collection;

/** Stores orders' shipments. */
public interface Fulfilments {

    /**
     * Holds the orders' fulfilments until the caller's transaction ends: another writer that holds one of them waits,
     * so what was read of a held fulfilment (its shipments, its tracking timeline) stays as read. Take all a
     * transaction needs in one call, so that two writers never wait for each other.
     */
    void hold(Collection<OrderId> orderIds);

    /** The order's shipments as stored; none when nothing has left for it. */
    Fulfilment of(OrderId orderId);

    /** Writes what changed since it was loaded: shipments recorded, shipments delivered. */
    void save(Fulfilment fulfilment);
}
