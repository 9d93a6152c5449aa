package io.orderservice.pricing.application;

import io.orderservice.ordering.application.port.out.PromotionClaims;
import io.orderservice.ordering.domain.price.PriceDetails;
import io.orderservice.ordering.domain.price.PriceDetails.AppliedDiscount;
import io.orderservice.pricing.application.port.out.PromotionUsages;
import io.orderservice.pricing.application.port.out.PromotionUsages.Claim;
import io.orderservice.shared.CustomerId;
import io.orderservice.shared.OrderId;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Ordering's {@link PromotionClaims} port over the promotions' usage records. */
@Component
class ClaimPromotionUses implements PromotionClaims {

    private final PromotionUsages usages;

    ClaimPromotionUses(PromotionUsages usages) {
        this.usages = usages;
    }

    @Override
    public Optional<UsedUp> claim(OrderId orderId, CustomerId customerId, PriceDetails details, Instant at) {
        for (AppliedDiscount discount : details.discounts()) {
            var claim = usages.claim(discount.promotionId(), customerId, orderId, at);
            if (claim != Claim.CLAIMED) {
                return Optional.of(new UsedUp(discount.promotionId(), discount.code(), claim == Claim.CUSTOMER_LIMIT_REACHED));
            }
        }
        return Optional.empty();
    }
}
