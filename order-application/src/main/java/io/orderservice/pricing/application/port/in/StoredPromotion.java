package io.orderservice.pricing.application.port.in;

import io.orderservice.pricing.domain.Promotion;
import io.orderservice.shared.InvalidValueException;
import java.util.Objects;

/** A promotion as operators see it: its rule, its usage limits, the uses it has, and whether it is active. */
public record StoredPromotion(Promotion promotion, UsageLimits limits, int uses, boolean active) {

    public StoredPromotion {
        Objects.requireNonNull(promotion, "promotion");
        Objects.requireNonNull(limits, "limits");
    }

    /**
     * @param maxUses            uses in all, or null for no limit
     * @param maxUsesPerCustomer uses by one customer, or null for no limit
     */
    public record UsageLimits(Integer maxUses, Integer maxUsesPerCustomer) {
        public static final UsageLimits NONE = new UsageLimits(null, null);

        public UsageLimits {
            if ((maxUses != null && maxUses < 1) || (maxUsesPerCustomer != null && maxUsesPerCustomer < 1)) {
                throw new InvalidValueException("a usage limit is at least one use");
            }
        }
    }
}
