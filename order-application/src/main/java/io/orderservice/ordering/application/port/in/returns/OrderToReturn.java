package io.orderservice.ordering.application.port.in.returns;

import io.orderservice.shared.Address;
import io.orderservice.shared.CustomerId;
import io.orderservice.shared.Money;
import io.orderservice.shared.OrderId;
import io.orderservice.shared.Sku;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * An order as returns sees it: what each line was paid, the parcels that were delivered with their units, what may
 * still be refunded, and what the customer's history is.
 *
 * @param deliveries             the order's shipments that left, delivered or on their way, oldest first
 * @param shipping               what the customer paid for shipping
 * @param shippingRefunded       whether a refund gave the shipping back already
 * @param refundable             what was captured and is not refunded or being refunded
 * @param customerOrdersLastYear the orders the customer placed in the last 365 days (refused and cancelled ones not
 *                               counted), this one included when it was placed then
 * @param priced                 how its goods were priced, for a recount of the discount on what the customer keeps
 */
public record OrderToReturn(OrderId id, CustomerId customerId, List<Line> lines, List<Delivery> deliveries, Money shipping,
                            boolean shippingRefunded, Money refundable, int customerOrdersLastYear, Priced priced) {

    public OrderToReturn {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(customerId, "customerId");
        lines = List.copyOf(lines);
        deliveries = List.copyOf(deliveries);
        Objects.requireNonNull(shipping, "shipping");
        Objects.requireNonNull(refundable, "refundable");
        Objects.requireNonNull(priced, "priced");
    }

    /**
     * One order line.
     *
     * @param paid what the customer paid for all its units: its price with its share of discount and tax
     */
    public record Line(int lineNumber, Sku sku, int quantity, Money unitPrice, Money paid) {
        public Line {
            Objects.requireNonNull(sku, "sku");
            Objects.requireNonNull(unitPrice, "unitPrice");
            Objects.requireNonNull(paid, "paid");
        }
    }

    /**
     * How the order's goods were priced: every line's share of the discount and tax ({@link Line#paid}) is the line's
     * price times {@code goods / subtotal}.
     *
     * @param subtotal     the lines at their unit prices
     * @param discount     what promotions took off the lines
     * @param goods        what the customer paid for the goods: the lines after discount, with the tax
     * @param promotionIds the promotions that gave the discount
     * @param placedAt     when the order was placed
     */
    public record Priced(Money subtotal, Money discount, Money goods, Set<String> promotionIds, Address shipTo, Instant placedAt) {
        public Priced {
            Objects.requireNonNull(subtotal, "subtotal");
            Objects.requireNonNull(discount, "discount");
            Objects.requireNonNull(goods, "goods");
            promotionIds = Set.copyOf(promotionIds);
            Objects.requireNonNull(shipTo, "shipTo");
            Objects.requireNonNull(placedAt, "placedAt");
        }
    }

    /**
     * A shipment that left with a carrier.
     *
     * @param deliveredAt when the carrier delivered it; null while it is on its way
     * @param units       the units it carries, by order line number
     */
    public record Delivery(UUID shipmentId, Instant deliveredAt, Map<Integer, Integer> units) {
        public Delivery {
            Objects.requireNonNull(shipmentId, "shipmentId");
            units = Map.copyOf(units);
        }
    }

    public Optional<Delivery> delivery(UUID shipmentId) {
        return deliveries.stream().filter(delivery -> delivery.shipmentId().equals(shipmentId)).findFirst();
    }

    public Optional<Line> line(int lineNumber) {
        return lines.stream().filter(line -> line.lineNumber() == lineNumber).findFirst();
    }
}
