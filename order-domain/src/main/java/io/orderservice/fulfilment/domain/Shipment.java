package io.orderservice.fulfilment.domain;

import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.Quantity;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Goods that left together: which lines and how many of each, with the carrier that took them and its
 * tracking number. An order ships in one or more shipments; each is kept as it was made.
 *
 * @param trackingUrl where the customer follows it, or null when the carrier offers none
 * @param location    the stock location it left from (a warehouse, or a supplier shipping directly), or null when
 *                    not recorded
 * @param deliveredAt when the carrier reported it delivered, or null while it is on its way
 */
public record Shipment(UUID id, String carrier, String trackingNumber, String trackingUrl, List<ShippedLine> lines,
                       Instant shippedAt, String location, Instant deliveredAt) {

    /** How many units of one order line left in a shipment. */
    public record ShippedLine(int lineNumber, Quantity quantity) {
        public ShippedLine {
            Objects.requireNonNull(quantity, "quantity");
            if (lineNumber < 1) {
                throw new InvalidValueException("line numbers count from 1");
            }
        }
    }

    public Shipment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(shippedAt, "shippedAt");
        if (carrier == null || carrier.isBlank() || carrier.length() > 64) {
            throw new InvalidValueException("a shipment's carrier has 1 to 64 characters");
        }
        if (trackingNumber == null || trackingNumber.isBlank() || trackingNumber.length() > 64) {
            throw new InvalidValueException("a shipment's tracking number has 1 to 64 characters");
        }
        if (trackingUrl != null && trackingUrl.length() > 500) {
            throw new InvalidValueException("a tracking URL has at most 500 characters");
        }
        if (lines == null || lines.isEmpty()) {
            throw new InvalidValueException("a shipment carries at least one line");
        }
        if (location != null && (location.isBlank() || location.length() > 32)) {
            throw new InvalidValueException("a stock location's code has 1 to 32 characters");
        }
        lines = List.copyOf(lines);
        var numbers = new HashSet<Integer>();
        for (var line : lines) {
            if (!numbers.add(line.lineNumber())) {
                throw new InvalidValueException("line " + line.lineNumber() + " appears twice in one shipment");
            }
        }
    }

    /** A shipment on its way. */
    public Shipment(UUID id, String carrier, String trackingNumber, String trackingUrl, List<ShippedLine> lines,
                    Instant shippedAt, String location) {
        this(id, carrier, trackingNumber, trackingUrl, lines, shippedAt, location, null);
    }

    /** A shipment on its way, of which the location was not recorded. */
    public Shipment(UUID id, String carrier, String trackingNumber, String trackingUrl, List<ShippedLine> lines,
                    Instant shippedAt) {
        this(id, carrier, trackingNumber, trackingUrl, lines, shippedAt, null, null);
    }

    /** This shipment, delivered at {@code at}. */
    public Shipment deliveredAt(Instant at) {
        return new Shipment(id, carrier, trackingNumber, trackingUrl, lines, shippedAt, location, Objects.requireNonNull(at, "at"));
    }

    public boolean isDelivered() {
        return deliveredAt != null;
    }

    public int quantityOf(int lineNumber) {
        return lines.stream().filter(line -> line.lineNumber() == lineNumber).mapToInt(line -> line.quantity().value()).sum();
    }
}
