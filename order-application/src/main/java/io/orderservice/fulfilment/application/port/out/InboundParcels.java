package io.orderservice.fulfilment.application.port.out;

import io.orderservice.fulfilment.domain.tracking.TrackingUpdate;

/**
 * Parcels on their way to the shop (a return's), which carriers report through the same signed tracking webhooks as the
 * shipments that leave it. Fulfilment hands each report on a tracking number that is none of its shipments' to these, in
 * the webhook's transaction; the capability that owns such parcels implements it (returns does).
 */
public interface InboundParcels {

    /** @return whether the tracking number is one of this capability's parcels (the report recorded, or known already) */
    boolean report(String carrier, TrackingUpdate update);
}
