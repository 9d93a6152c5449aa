package io.orderservice.ordering.application.port.in.fulfilment;

import io.orderservice.shared.Address;
import io.orderservice.shared.OrderId;
import io.orderservice.shared.Sku;
import java.util.Objects;

/** An order line a location is picking, as a short pick needs it: its SKU, and where the order goes. */
public record LineToPick(OrderId orderId, int lineNumber, Sku sku, Address shipTo) {

    public LineToPick {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(shipTo, "shipTo");
    }
}
