package io.orderservice.ordering.domain.event;

import io.orderservice.shared.OrderId;
import java.time.Instant;
import java.util.List;

/**
 * What may still change about an order changed (its delivery details); its status did not. {@code changed}
 * names the fields ({@code shippingAddress}, {@code deliveryInstructions}, {@code requestedDeliveryDate}).
 */
public record OrderModified(OrderId orderId, List<String> changed, String reason, int sequence, Instant occurredAt)
        implements OrderEvent {

    public OrderModified {
        changed = List.copyOf(changed);
    }
}
