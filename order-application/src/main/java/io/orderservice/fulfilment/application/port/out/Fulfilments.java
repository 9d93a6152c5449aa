package io.orderservice.fulfilment.application.port.out;

import io.orderservice.fulfilment.domain.Fulfilment;
import io.orderservice.shared.OrderId;

/** Stores orders' shipments. */
public interface Fulfilments {

    /** The order's shipments as stored; none when nothing has left for it. */
    Fulfilment of(OrderId orderId);

    /** Writes what changed since it was loaded: shipments recorded, shipments delivered. */
    void save(Fulfilment fulfilment);
}
