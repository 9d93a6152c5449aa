package io.orderservice.ordering.application.port.in;

import io.orderservice.ordering.domain.Shipment;
import io.orderservice.ordering.domain.status.OrderStatus;
import io.orderservice.shared.OrderId;
import java.util.List;

/**
 * Where an order's shipments are: each with the carrier's reports so far, oldest first.
 *
 * @throws OrderNotFoundException when there is no such order
 */
public interface GetTrackingQuery {

    Tracking trackingOf(OrderId orderId);

    record Tracking(OrderId orderId, OrderStatus status, List<ShipmentTracking> shipments) {
        public Tracking {
            shipments = List.copyOf(shipments);
        }
    }

    record ShipmentTracking(Shipment shipment, List<TrackingFeedQuery.TimelineEntry> timeline) {
        public ShipmentTracking {
            timeline = List.copyOf(timeline);
        }
    }
}
