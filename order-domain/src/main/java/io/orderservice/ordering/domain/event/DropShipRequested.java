package io.orderservice.ordering.domain.event;

import io.orderservice.shared.Address;
import io.orderservice.shared.OrderId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A placed order asks a supplier to ship a fulfilment group to the customer directly (drop-ship): which units, to
 * where. Raised once, when the order's placement completes; the supplier's shipment comes back like a warehouse's,
 * naming the supplier as its location.
 */
public record DropShipRequested(OrderId orderId, String supplier, List<Line> lines, Address shipTo, Instant occurredAt)
        implements OrderNotice {

    public record Line(String sku, int quantity) {
    }

    public DropShipRequested {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(supplier, "supplier");
        Objects.requireNonNull(shipTo, "shipTo");
        lines = List.copyOf(lines);
    }
}
