package io.orderservice.ordering.application.port.out;

import io.orderservice.ordering.domain.price.PriceDetails;
import io.orderservice.shared.CustomerId;
import io.orderservice.shared.OrderId;
import java.time.Instant;
import java.util.Optional;

/**
 * The uses of the promotions an order got. Claimed in the caller's transaction when the order is stored, so that
 * of orders racing for a promotion's last uses exactly as many are stored as there were uses; given back when the
 * order is cancelled or rejected.
 */
public interface PromotionClaims {

    /**
     * Claims one use of every promotion in the order's price details. Empty when every claim held; otherwise the
     * first promotion that had no use left, and the caller must roll back (earlier claims go with it).
     */
    Optional<UsedUp> claim(OrderId orderId, CustomerId customerId, PriceDetails details, Instant at);

    /**
     * @param code            the code the customer entered, or null for an automatic promotion
     * @param byThisCustomer  whether it is this customer's limit that is reached (others may still use it)
     */
    record UsedUp(String promotionId, String code, boolean byThisCustomer) {
    }
}
