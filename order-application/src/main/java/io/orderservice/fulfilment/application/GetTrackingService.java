package io.orderservice.fulfilment.application;

import io.orderservice.fulfilment.application.port.in.GetTrackingQuery;
import io.orderservice.fulfilment.application.port.in.TrackingFeedQuery;
import io.orderservice.fulfilment.application.port.out.Fulfilments;
import io.orderservice.fulfilment.application.port.out.TrackingTimelines;
import io.orderservice.ordering.application.port.in.fulfilment.OrderToFulfilQuery;
import io.orderservice.shared.OrderId;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class GetTrackingService implements GetTrackingQuery, TrackingFeedQuery {

    private final OrderToFulfilQuery orders;
    private final Fulfilments fulfilments;
    private final TrackingTimelines timelines;

    GetTrackingService(OrderToFulfilQuery orders, Fulfilments fulfilments, TrackingTimelines timelines) {
        this.orders = orders;
        this.fulfilments = fulfilments;
        this.timelines = timelines;
    }

    /** Each shipment's reports in the order they happened (carriers report late and out of order). */
    @Override
    @Transactional(readOnly = true)
    public Tracking trackingOf(OrderId orderId) {
        var status = orders.toFulfil(orderId).status();
        var timeline = timelines.timelineOf(orderId);
        return new Tracking(orderId, status, fulfilments.of(orderId).shipments().stream().map(shipment -> new ShipmentTracking(
                ShipmentsOfOrders.view(shipment),
                timeline.stream().filter(entry -> entry.shipmentId().equals(shipment.id()))
                        .sorted(Comparator.comparing((TimelineEntry entry) -> entry.update().occurredAt())
                                .thenComparingInt(TimelineEntry::sequence)).toList())).toList());
    }

    @Override
    @Transactional(readOnly = true)
    public List<TimelineEntry> entriesAfter(Collection<Cursor> cursors) {
        return cursors.isEmpty() ? List.of() : timelines.entriesAfter(cursors);
    }
}
