package io.orderservice.ordering.application.port.in.returns;

import io.orderservice.shared.Address;
import io.orderservice.shared.OrderId;

/** Where an order was delivered to: the sender of its return parcels. Read without a lock, for a carrier's label. */
public interface DeliveryAddressQuery {

    /** @throws io.orderservice.ordering.application.port.in.OrderNotFoundException when there is no such order */
    Address deliveryAddress(OrderId orderId);
}
