package io.orderservice.ordering.application.port.out;

import io.orderservice.ordering.application.port.in.fulfilment.ShipmentView;
import io.orderservice.shared.OrderId;
import java.util.List;

/**
 * An order's shipments, which the fulfilment capability keeps: ordering records a shipment when it lets goods leave,
 * and reads them for its views and for what may still leave from where.
 */
public interface Shipments {

    /** The order's shipments, oldest first; none when nothing has left. */
    List<ShipmentView> of(OrderId orderId);

    /**
     * Records a shipment of the order, in the caller's transaction.
     *
     * @throws io.orderservice.shared.InvalidValueException when the shipment is recorded already
     */
    void record(OrderId orderId, ShipmentView shipment);
}
