package io.orderservice.ordering.domain.event;

import io.orderservice.shared.Money;
import io.orderservice.shared.OrderId;
import java.time.Instant;
import java.util.UUID;

/**
 * An operator asked to give money of the order back; the payment capability refunds it (its id is the
 * refund's idempotency key) and reports how that went.
 */
public record OrderRefundRequested(OrderId orderId, UUID refundId, Money amount, String reasonCode, int sequence,
                                  Instant occurredAt) implements OrderEvent {
}
