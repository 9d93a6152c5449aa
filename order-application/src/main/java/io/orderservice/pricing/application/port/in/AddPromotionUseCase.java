package io.orderservice.pricing.application.port.in;

import io.orderservice.pricing.application.port.in.StoredPromotion.UsageLimits;
import io.orderservice.pricing.domain.Promotion;

/**
 * Adds a promotion, active at once within its validity window: quotes and orders get it from then on. It cannot
 * start in the past (what applied when stays explainable), and its id and code are its own.
 */
public interface AddPromotionUseCase {

    /** @throws PromotionConflictException when its id or code is taken */
    StoredPromotion add(Promotion promotion, UsageLimits limits);

    class PromotionConflictException extends RuntimeException {
        public PromotionConflictException(String message) {
            super(message);
        }
    }
}
