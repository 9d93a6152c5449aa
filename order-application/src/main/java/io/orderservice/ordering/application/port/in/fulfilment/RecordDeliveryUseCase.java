package io.orderservice.ordering.application.port.in.fulfilment;

import io.orderservice.shared.OrderId;
import java.time.Instant;
import java.util.UUID;

/**
 * A carrier delivered one of the order's shipments: the shipment is delivered, and the order DELIVERED when every
 * shipment is. Told again, it changes nothing. Runs in the caller's transaction, under the order's row lock.
 */
public interface RecordDeliveryUseCase {

    /** @throws io.orderservice.shared.InvalidValueException when the order has no such shipment */
    void recordDelivery(OrderId orderId, UUID shipmentId, Instant deliveredAt);
}
