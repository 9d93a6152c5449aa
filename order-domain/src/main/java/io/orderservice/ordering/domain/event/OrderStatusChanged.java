package io.orderservice.ordering.domain.event;

import io.orderservice.ordering.domain.status.OrderAction;
import io.orderservice.ordering.domain.status.OrderStatus;
import io.orderservice.shared.OrderId;
import java.time.Instant;

/** An order moved from one status to another by an action of the state machine. */
public record OrderStatusChanged(OrderId orderId, OrderStatus from, OrderStatus to, OrderAction action,
                                 String reason, int sequence, Instant occurredAt) implements OrderEvent {

    /** Whether the order ended here without being bought: cancelled, or rejected in placement. */
    public boolean endsWithoutSale() {
        return to == OrderStatus.CANCELLED || to == OrderStatus.REJECTED;
    }

    /** Whether the order's last shipment arrived: every shipment is delivered now. */
    public boolean delivered() {
        return action == OrderAction.DELIVER;
    }
}
