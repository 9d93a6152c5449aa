package io.orderservice.ordering.domain.event;

import io.orderservice.shared.Money;
import io.orderservice.shared.OrderId;
import java.time.Instant;
import java.util.UUID;

/**
 * An order was cancelled. {@code paymentRelease} names the refund entry through which its authorised payment
 * is released (voided), with the amount, or is null when it held no payment. The status change travels as
 * {@link OrderStatusChanged} with the same sequence.
 */
public record OrderCancelled(OrderId orderId, String reason, UUID paymentRelease, Money releasedAmount, int sequence,
                             Instant occurredAt) implements OrderEvent {
}
