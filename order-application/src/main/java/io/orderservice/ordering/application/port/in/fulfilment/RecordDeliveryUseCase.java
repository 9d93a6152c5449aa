package io.orderservice.ordering.application.port.in.fulfilment;

import io.orderservice.shared.OrderId;
import java.time.Instant;

/**
 * A carrier delivered one of the order's shipments, as fulfilment recorded it: an order that has shipped completely
 * is DELIVERED once every one of its shipments is. Runs in the caller's transaction, under the order's row lock.
 */
public interface RecordDeliveryUseCase {

    /**
     * @param everyShipmentDelivered whether each shipment the order has is delivered now
     * @param shipments              how many shipments the order has
     */
    void recordDelivery(OrderId orderId, boolean everyShipmentDelivered, int shipments, Instant deliveredAt);
}
