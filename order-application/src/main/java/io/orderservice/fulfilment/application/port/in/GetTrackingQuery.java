package io.orderservice.fulfilment.application.port.in;

import io.orderservice.ordering.application.port.in.fulfilment.ShipmentView;
import io.orderservice.ordering.domain.status.OrderStatus;
import io.orderservice.shared.OrderId;
import java.util.List;

/**
 * Where an order's shipments are: each with the carrier's reports so far, oldest first.
 *
 * @throws io.orderservice.ordering.application.port.in.OrderNotFoundException when there is no such order (ordering's
 *         answer, which the API gives as order-not-found)
 */
public interface GetTrackingQuery {

    Tracking trackingOf(OrderId orderId);

    record Tracking(OrderId orderId, OrderStatus status, List<ShipmentTracking> shipments) {
        public Tracking {
            shipments = List.copyOf(shipments);
        }
    }

    record ShipmentTracking(ShipmentView shipment, List<TrackingFeedQuery.TimelineEntry> timeline) {
        public ShipmentTracking {
            timeline = List.copyOf(timeline);
        }
    }
}
