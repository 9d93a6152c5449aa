package io.orderservice.ordering.application.port.in.fulfilment;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A shipment of an order as ordering shows and reasons about it: what left, from where, with which carrier, and
 * whether it arrived. The shipments themselves are the fulfilment capability's (ADR 0030).
 *
 * @param trackingUrl where the customer follows it, or null
 * @param location    the stock location it left from, or null when not recorded
 * @param deliveredAt when the carrier reported it delivered, or null while on its way
 */
public record ShipmentView(UUID id, String carrier, String trackingNumber, String trackingUrl, List<ShippedUnits> lines,
                           Instant shippedAt, String location, Instant deliveredAt) {

    public ShipmentView {
        Objects.requireNonNull(id, "id");
        lines = List.copyOf(lines);
    }

    public record ShippedUnits(int lineNumber, int quantity) {
    }
}
