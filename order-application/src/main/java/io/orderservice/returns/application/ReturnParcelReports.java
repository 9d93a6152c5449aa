package io.orderservice.returns.application;

import io.orderservice.fulfilment.application.port.out.InboundParcels;
import io.orderservice.fulfilment.domain.tracking.TrackingMilestone;
import io.orderservice.fulfilment.domain.tracking.TrackingUpdate;
import io.orderservice.returns.application.port.out.ReturnRequests;
import io.orderservice.returns.domain.ReturnParcel.Progress;
import org.springframework.stereotype.Component;

/**
 * A carrier's report on a return's parcel, read from fulfilment's signed tracking webhooks and recorded on the return in
 * the webhook's transaction, under the order's returns' lock: how far the parcel got (on its way, arrived at the
 * warehouse, a problem). The warehouse still records what arrived; the report says when to expect it.
 */
@Component
class ReturnParcelReports implements InboundParcels {

    private final ReturnRequests requests;

    ReturnParcelReports(ReturnRequests requests) {
        this.requests = requests;
    }

    @Override
    public boolean report(String carrier, TrackingUpdate update) {
        var parcel = requests.byParcel(carrier, update.trackingNumber());
        if (parcel.isEmpty()) {
            return false;
        }
        var progress = progress(update.milestone());
        if (progress == null) {
            return true;
        }
        requests.hold(parcel.get().orderId());
        var request = requests.byId(parcel.get().id()).orElseThrow();
        if (request.isOpen() && request.parcelReported(progress, update.occurredAt())) {
            requests.save(request);
        }
        return true;
    }

    /** A carrier's milestone in a return's words; null for a label created, which the return knows already. */
    private static Progress progress(TrackingMilestone milestone) {
        return switch (milestone) {
            case LABEL_CREATED -> null;
            case PICKED_UP, IN_TRANSIT, OUT_FOR_DELIVERY -> Progress.ON_ITS_WAY;
            case DELIVERED -> Progress.ARRIVED;
            case EXCEPTION -> Progress.PROBLEM;
        };
    }
}
