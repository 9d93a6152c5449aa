package io.orderservice.ordering.application.port.out;

import io.orderservice.ordering.application.port.in.fulfilment.ShipmentView;
import io.orderservice.shared.OrderId;
import java.util.List;

/**
 * An order's shipments, which the fulfilment capability keeps (it records them, and tells ordering the units that
 * left): ordering reads them for its views.
 */
public interface Shipments {

    /** The order's shipments, oldest first; none when nothing has left. */
    List<ShipmentView> of(OrderId orderId);
}
