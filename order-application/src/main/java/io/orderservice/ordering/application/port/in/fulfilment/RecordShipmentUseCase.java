package io.orderservice.ordering.application.port.in.fulfilment;

import io.orderservice.ordering.application.port.in.OrderView;
import io.orderservice.shared.Caller;
import io.orderservice.shared.OrderId;
import java.util.Objects;

/**
 * Units of an order left in a shipment that fulfilment stored: the order counts them, becomes SHIPPED when every unit
 * has left (PARTIALLY_SHIPPED otherwise) and records {@code OrderShipped}. Runs in the caller's transaction, under the
 * order's row lock, checking the order again as it is then: a status that no longer allows shipping, a version other
 * than the expected one or more units than are left refuse it, and the caller's transaction rolls back.
 */
public interface RecordShipmentUseCase {

    /**
     * @return the order after the shipment, shown with its shipments as fulfilment keeps them: fulfilment stores the
     *         shipment before it tells ordering
     */
    OrderView recordShipment(ShipmentNews news);

    /**
     * @param expectedVersion the version the shipping caller read, or null
     * @param authorisation   the reference of the authorisation the money was taken from
     *                        ({@link CaptureBeforeShippingUseCase}), or null when none was needed
     * @param by              who recorded the shipment
     */
    record ShipmentNews(OrderId orderId, Long expectedVersion, ShipmentView shipment, String authorisation, Caller by) {
        public ShipmentNews {
            Objects.requireNonNull(orderId, "orderId");
            Objects.requireNonNull(shipment, "shipment");
            Objects.requireNonNull(by, "by");
        }
    }
}
