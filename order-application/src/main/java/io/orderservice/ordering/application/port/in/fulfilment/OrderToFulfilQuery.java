package io.orderservice.ordering.application.port.in.fulfilment;

import io.orderservice.ordering.domain.status.OrderStatus;
import io.orderservice.shared.OrderId;
import io.orderservice.shared.Sku;
import java.util.List;
import java.util.Objects;

/** An order as fulfilment's views show it: where it stands, and which SKU each line is. */
public interface OrderToFulfilQuery {

    /** @throws io.orderservice.ordering.application.port.in.OrderNotFoundException when there is no such order */
    OrderToFulfil toFulfil(OrderId orderId);

    record OrderToFulfil(OrderId id, OrderStatus status, List<Line> lines) {
        public OrderToFulfil {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(status, "status");
            lines = List.copyOf(lines);
        }
    }

    record Line(int lineNumber, Sku sku) {
        public Line {
            Objects.requireNonNull(sku, "sku");
        }
    }
}
