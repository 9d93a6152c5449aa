package io.orderservice.pricing.application.port.out;

import io.orderservice.shared.CustomerId;
import io.orderservice.shared.OrderId;
import java.time.Instant;

/**
 * The uses of promotions with limits: how many times in all, and per customer. Claiming is atomic — of
 * concurrent orders racing for the last uses, exactly as many succeed as there were uses left — and happens in
 * the caller's transaction, so an order that is not stored uses nothing. A cancelled order gives its uses back.
 */
public interface PromotionUsages {

    /** Claims one use of the promotion for the order. Claiming again for the same order (a retried step) changes nothing. */
    Claim claim(String promotionId, CustomerId customerId, OrderId orderId, Instant at);

    /** Gives back every use the order holds. Returns how many; releasing twice gives nothing back twice. */
    int release(OrderId orderId, Instant at);

    enum Claim {
        CLAIMED,
        /** No use left in all. */
        EXHAUSTED,
        /** This customer has used it as often as it may be used by one customer. */
        CUSTOMER_LIMIT_REACHED
    }
}
