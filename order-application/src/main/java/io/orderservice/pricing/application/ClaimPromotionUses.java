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
import java.util.ArrayList;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Ordering's {@link PromotionClaims} port over the promotions' usage records: the store counts the uses of all the
 * order's promotions at once, under their locks, the domain's rule decides on each ({@link PromotionUseCount}), and the
 * store records the uses, or gives back those it took when one promotion refuses the order.
 */
@Component
class ClaimPromotionUses implements PromotionClaims {

    private final PromotionUsages usages;

    ClaimPromotionUses(PromotionUsages usages) {
        this.usages = usages;
    }

    @Override
    public Optional<UsedUp> claim(OrderId orderId, CustomerId customerId, PriceDetails details, Instant at) {
        if (details.discounts().isEmpty()) {
            return Optional.empty();
        }
        var promotions = details.discounts().stream().map(AppliedDiscount::promotionId).toList();
        var counts = usages.count(promotions, customerId, orderId);
        var recorded = new ArrayList<String>();
        var taken = new ArrayList<String>();
        UsedUp usedUp = null;
        for (int i = 0; i < promotions.size(); i++) {
            var count = counts.get(i);
            var decision = count.decide();
            if (count.recordsAUse()) {
                recorded.add(promotions.get(i));
            } else if (decision != Decision.CLAIMED && usedUp == null) {
                var discount = details.discounts().get(i);
                usedUp = new UsedUp(discount.promotionId(), discount.code(), decision == Decision.CUSTOMER_LIMIT_REACHED);
            }
            if (count.tookAUse()) {
                taken.add(promotions.get(i));
            }
        }
        if (usedUp != null) {
            usages.giveBack(taken);
            return Optional.of(usedUp);
        }
        if (!recorded.isEmpty()) {
            usages.record(recorded, customerId, orderId, at);
        }
        return Optional.empty();
    }
}
