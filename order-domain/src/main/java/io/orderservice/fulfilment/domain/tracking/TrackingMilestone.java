package io.orderservice.fulfilment.domain.tracking;

/** What a carrier reports about a shipment on its way. Only {@link #DELIVERED} moves the order. */
public enum TrackingMilestone {
    LABEL_CREATED,
    PICKED_UP,
    IN_TRANSIT,
    OUT_FOR_DELIVERY,
    DELIVERED,
    /** Something went wrong on the way (damaged, address not found, held at customs); the carrier says what. */
    EXCEPTION
}
