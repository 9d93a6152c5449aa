package io.orderservice.pricing.application;

import io.orderservice.ordering.application.port.out.PromotionClaims;
import io.orderservice.ordering.domain.price.PriceDetails;
import io.orderservice.ordering.domain.price.PriceDetails.AppliedDiscount;
import io.orderservice.pricing.application.port.out.PromotionUsages;
import io.orderservice.pricing.domain.PromotionUseCount;
import io.orderservice.pricing.domain.PromotionUseCount.Decision;
import io.orderservice.shared.CustomerId;
import io.orderservice.shared.OrderId;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Ordering's {@link PromotionClaims} port over the promotions' usage records: the store counts under the promotion's
 * lock, the domain's rule decides ({@link PromotionUseCount}), the store records the use or gives the one it took back.
 */
@Component
class ClaimPromotionUses implements PromotionClaims {

    private final PromotionUsages usages;

    ClaimPromotionUses(PromotionUsages usages) {
        this.usages = usages;
    }

    @Override
    public Optional<UsedUp> claim(OrderId orderId, CustomerId customerId, PriceDetails details, Instant at) {
        for (AppliedDiscount discount : details.discounts()) {
            var count = usages.count(discount.promotionId(), customerId, orderId);
            var decision = count.decide();
            if (count.recordsAUse()) {
                usages.record(discount.promotionId(), customerId, orderId, at);
            } else if (decision != Decision.CLAIMED) {
                if (count.tookAUse()) {
                    usages.giveBack(discount.promotionId());
                }
                return Optional.of(new UsedUp(discount.promotionId(), discount.code(), decision == Decision.CUSTOMER_LIMIT_REACHED));
            }
        }
        return Optional.empty();
    }
}
