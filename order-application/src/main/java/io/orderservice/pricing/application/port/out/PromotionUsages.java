package io.orderservice.pricing.application.port.out;

import io.orderservice.pricing.domain.PromotionUseCount;
import io.orderservice.shared.CustomerId;
import io.orderservice.shared.OrderId;
import java.time.Instant;
import java.util.List;

/**
 * The uses of promotions with limits: how many times in all, and per customer. Counting is atomic — of concurrent
 * orders racing for the last uses, exactly as many are within the total as there were uses left — and happens in the
 * caller's transaction, so an order that is not stored uses nothing. The rule that decides from the counts is the
 * domain's ({@link PromotionUseCount#decide()}); this port reports and records. A cancelled order gives its uses back.
 */
public interface PromotionUsages {

    /**
     * Counts one use more of each promotion for the order, in the order given: a limited promotion's row is locked until
     * the caller's transaction ends and a use is taken if one is left in all; the customer's uses are counted when the
     * promotion limits them. Counting again for an order that holds a use (a retried step) takes nothing.
     */
    List<PromotionUseCount> count(List<String> promotionIds, CustomerId customerId, OrderId orderId);

    /** Records the order's uses of these promotions, as the counts decided them ({@link PromotionUseCount#recordsAUse()}). */
    void record(List<String> promotionIds, CustomerId customerId, OrderId orderId, Instant at);

    /** Gives back the uses that {@link #count} took, when the rule refused the order ({@link PromotionUseCount#tookAUse()}). */
    void giveBack(List<String> promotionIds);

    /** Gives back every use the order holds. Returns how many; releasing twice gives nothing back twice. */
    int release(OrderId orderId, Instant at);
}
