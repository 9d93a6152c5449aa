package io.orderservice.ordering.application.fulfilment;

import io.orderservice.ordering.application.port.in.RecordTrackingUseCase;
import io.orderservice.ordering.application.port.out.CarrierWebhooks;
import io.orderservice.ordering.application.port.out.CarrierWebhooks.InvalidCarrierWebhookException;
import io.orderservice.ordering.application.port.out.OrderRepository;
import io.orderservice.ordering.application.port.out.TrackingTimelines;
import io.orderservice.ordering.application.port.out.TrackingTimelines.ShipmentRef;
import io.orderservice.ordering.domain.Actor;
import io.orderservice.ordering.domain.tracking.TrackingMilestone;
import io.orderservice.ordering.domain.tracking.TrackingUpdate;
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
 * One webhook in one transaction. The orders concerned are locked one after the other in id order — two webhooks
 * about the same orders queue rather than deadlock — and each order's reports are appended under its lock with the
 * order's next sequence numbers, oldest report first.
 */
@Service
class RecordTrackingService implements RecordTrackingUseCase {

    private final CarrierWebhooks webhooks;
    private final TrackingTimelines timelines;
    private final OrderRepository orders;
    private final Clock clock;

    RecordTrackingService(CarrierWebhooks webhooks, TrackingTimelines timelines, OrderRepository orders, Clock clock) {
        this.webhooks = webhooks;
        this.timelines = timelines;
        this.orders = orders;
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
        for (var update : updates) {
            timelines.shipmentOf(carrier, update.trackingNumber()).ifPresentOrElse(
                    shipment -> byOrder.computeIfAbsent(shipment.orderId(), ignored -> new ArrayList<>()).add(new Report(shipment, update)),
                    () -> unknown.add(update.trackingNumber()));
        }
        int recorded = 0;
        int repeated = 0;
        var now = clock.instant();
        for (var reports : byOrder.entrySet()) {
            var order = orders.lockById(reports.getKey()).orElseThrow();
            int sequence = timelines.lastSequence(order.id());
            boolean changed = false;
            var inOrder = reports.getValue().stream().sorted(Comparator.comparing(report -> report.update().occurredAt())).toList();
            for (var report : inOrder) {
                if (!timelines.append(report.shipment(), carrier, report.update(), sequence + 1, now)) {
                    repeated++;
                    continue;
                }
                sequence++;
                recorded++;
                if (report.update().milestone() == TrackingMilestone.DELIVERED) {
                    changed |= order.recordDelivery(report.shipment().shipmentId(), Actor.system(), report.update().occurredAt());
                }
            }
            if (changed) {
                orders.save(order);
            }
        }
        return new TrackingReceipt(recorded, repeated, unknown);
    }
}
