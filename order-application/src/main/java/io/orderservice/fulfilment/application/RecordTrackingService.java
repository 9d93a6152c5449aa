package io.orderservice.fulfilment.application;

import io.orderservice.fulfilment.application.port.in.RecordTrackingUseCase;
import io.orderservice.fulfilment.application.port.out.CarrierWebhooks.InvalidCarrierWebhookException;
import io.orderservice.fulfilment.application.port.out.CarrierWebhooks;
import io.orderservice.fulfilment.application.port.out.Fulfilments;
import io.orderservice.fulfilment.application.port.out.InboundParcels;
import io.orderservice.fulfilment.application.port.out.TrackingTimelines.ShipmentRef;
import io.orderservice.fulfilment.application.port.out.TrackingTimelines;
import io.orderservice.fulfilment.domain.tracking.TrackingMilestone;
import io.orderservice.fulfilment.domain.tracking.TrackingUpdate;
import io.orderservice.ordering.application.port.in.fulfilment.RecordDeliveryUseCase;
import io.orderservice.shared.OrderId;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One webhook in one transaction. The timelines of the orders concerned are held first, all of them — two webhooks
 * about the same orders queue rather than deadlock — and each order's reports are appended with the order's next
 * sequence numbers, oldest report first. A delivery is ordering's news, told in the same transaction. A tracking number
 * of none of the shipments may be a parcel on its way back ({@link InboundParcels}: a return's); what no one knows is
 * answered as unknown.
 */
@Service
class RecordTrackingService implements RecordTrackingUseCase {

    private final CarrierWebhooks webhooks;
    private final TrackingTimelines timelines;
    private final Fulfilments fulfilments;
    private final RecordDeliveryUseCase deliveries;
    private final List<InboundParcels> inbound;
    private final Clock clock;

    RecordTrackingService(CarrierWebhooks webhooks, TrackingTimelines timelines, Fulfilments fulfilments,
                          RecordDeliveryUseCase deliveries, List<InboundParcels> inbound, Clock clock) {
        this.webhooks = webhooks;
        this.timelines = timelines;
        this.fulfilments = fulfilments;
        this.deliveries = deliveries;
        this.inbound = List.copyOf(inbound);
        this.clock = clock;
    }

    private record Report(ShipmentRef shipment, TrackingUpdate update) {
    }

    @Override
    @Transactional
    public TrackingReceipt record(String carrier, Map<String, String> headers, String payload) {
        List<TrackingUpdate> updates;
        try {
            updates = webhooks.read(carrier, headers, payload);
        } catch (InvalidCarrierWebhookException e) {
            throw new InvalidTrackingWebhookException(e.getMessage());
        }
        var byOrder = new TreeMap<OrderId, List<Report>>(Comparator.comparing(OrderId::toString));
        var unknown = new ArrayList<String>();
        var elsewhere = new ArrayList<TrackingUpdate>();
        for (var update : updates) {
            timelines.shipmentOf(carrier, update.trackingNumber()).ifPresentOrElse(
                    shipment -> byOrder.computeIfAbsent(shipment.orderId(), ignored -> new ArrayList<>()).add(new Report(shipment, update)),
                    () -> elsewhere.add(update));
        }
        int recorded = 0;
        int repeated = 0;
        var now = clock.instant();
        fulfilments.hold(byOrder.keySet());
        for (var reports : byOrder.entrySet()) {
            int sequence = timelines.lastSequence(reports.getKey());
            var inOrder = reports.getValue().stream().sorted(Comparator.comparing(report -> report.update().occurredAt())).toList();
            for (var report : inOrder) {
                if (!timelines.append(report.shipment(), carrier, report.update(), sequence + 1, now)) {
                    repeated++;
                    continue;
                }
                sequence++;
                recorded++;
                if (report.update().milestone() == TrackingMilestone.DELIVERED) {
                    delivered(reports.getKey(), report);
                }
            }
        }
        // after the shipments' locks, as every writer of both takes them; oldest first, so a parcel's last report is its newest
        for (var update : elsewhere.stream().sorted(Comparator.comparing(TrackingUpdate::occurredAt)).toList()) {
            if (inbound.stream().anyMatch(parcels -> parcels.report(carrier, update))) {
                recorded++;
            } else {
                unknown.add(update.trackingNumber());
            }
        }
        return new TrackingReceipt(recorded, repeated, unknown);
    }

    /** The shipment is delivered; ordering is told, and moves the order once every shipment is. */
    private void delivered(OrderId orderId, Report report) {
        var fulfilment = fulfilments.of(orderId);
        var at = report.update().occurredAt();
        fulfilment.deliver(report.shipment().shipmentId(), at).ifPresent(delivery -> {
            fulfilments.save(fulfilment);
            deliveries.recordDelivery(orderId, delivery.everyShipmentDelivered(), delivery.shipments(), at);
        });
    }
}
