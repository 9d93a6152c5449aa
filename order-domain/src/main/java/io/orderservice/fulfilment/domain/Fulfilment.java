package io.orderservice.fulfilment.domain;

import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.OrderId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What has left for one order: its shipments, each recorded once and delivered once. Ordering counts the units and
 * refuses more than are left; this aggregate keeps the parcels and where they left from. It remembers what changed since it was loaded, so that
 * storing it writes only that.
 */
public final class Fulfilment {

    /** A shipment delivered now: whether the order's every shipment is delivered, and how many it has. */
    public record Delivery(boolean everyShipmentDelivered, int shipments) {
    }

    private final OrderId orderId;
    private final List<Shipment> shipments;
    private final List<Shipment> recorded = new ArrayList<>();
    private final List<Shipment> delivered = new ArrayList<>();

    private Fulfilment(OrderId orderId, List<Shipment> shipments) {
        this.orderId = Objects.requireNonNull(orderId, "orderId");
        this.shipments = new ArrayList<>(shipments);
    }

    /** The order's shipments as stored, oldest first (none for an order that has shipped nothing). */
    public static Fulfilment of(OrderId orderId, List<Shipment> shipments) {
        return new Fulfilment(orderId, shipments);
    }

    /** @throws InvalidValueException when a shipment with its id is recorded already */
    public void record(Shipment shipment) {
        if (shipment(shipment.id()).isPresent()) {
            throw new InvalidValueException("shipment " + shipment.id() + " is recorded already");
        }
        shipments.add(shipment);
        recorded.add(shipment);
    }

    /**
     * The carrier delivered the shipment at {@code at}. Empty when it was delivered before (a carrier reports twice).
     *
     * @throws InvalidValueException when the order has no such shipment
     */
    public Optional<Delivery> deliver(UUID shipmentId, Instant at) {
        var shipment = shipment(shipmentId)
                .orElseThrow(() -> new InvalidValueException("order " + orderId + " has no shipment " + shipmentId));
        if (shipment.isDelivered()) {
            return Optional.empty();
        }
        var arrived = shipment.deliveredAt(at);
        shipments.set(shipments.indexOf(shipment), arrived);
        if (recorded.contains(shipment)) {
            recorded.set(recorded.indexOf(shipment), arrived); // not stored yet: stored delivered
        } else {
            delivered.add(arrived);
        }
        return Optional.of(new Delivery(shipments.stream().allMatch(Shipment::isDelivered), shipments.size()));
    }

    public boolean hasShipment(UUID id) {
        return shipment(id).isPresent();
    }

    /** Units of a line that left from a stock location, in all the shipments. */
    public int shippedFrom(String location, int lineNumber) {
        return shipments.stream().filter(shipment -> location.equals(shipment.location()))
                .mapToInt(shipment -> shipment.quantityOf(lineNumber)).sum();
    }

    private Optional<Shipment> shipment(UUID id) {
        return shipments.stream().filter(each -> each.id().equals(id)).findFirst();
    }

    public OrderId orderId() {
        return orderId;
    }

    public List<Shipment> shipments() {
        return List.copyOf(shipments);
    }

    /** Shipments recorded since it was loaded (with their delivery, if that came too). */
    public List<Shipment> recordedSinceLoaded() {
        return List.copyOf(recorded);
    }

    /** Stored shipments delivered since it was loaded. */
    public List<Shipment> deliveredSinceLoaded() {
        return List.copyOf(delivered);
    }
}
