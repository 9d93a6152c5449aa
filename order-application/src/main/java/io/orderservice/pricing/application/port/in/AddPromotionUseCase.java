package io.orderservice.pricing.application.port.in;

import io.orderservice.pricing.application.port.in.StoredPromotion.UsageLimits;
import io.orderservice.pricing.domain.Promotion;
import io.orderservice.shared.RequestKey;

/**
 * Adds a promotion, active at once within its validity window: quotes and orders get it from then on. It cannot
 * start in the past (what applied when stays explainable), and its id and code are its own.
 */
public interface AddPromotionUseCase {

    /**
     * @param requestKey the request's Idempotency-Key, when it sent one: a retry of the request whose answer was lost
     *                   answers with the promotion it added instead of a conflict
     * @throws PromotionConflictException when its id or code is taken
     */
    StoredPromotion add(Promotion promotion, UsageLimits limits, RequestKey requestKey);

    class PromotionConflictException extends RuntimeException {
        public PromotionConflictException(String message) {
            super(message);
        }
    }
}
