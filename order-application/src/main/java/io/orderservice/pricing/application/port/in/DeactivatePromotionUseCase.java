package io.orderservice.pricing.application.port.in;

/**
 * Stops a promotion: no quote or order gets it from now on. Orders that got it keep their discount, and their
 * claimed uses stay until they are cancelled. Deactivating twice changes nothing.
 */
public interface DeactivatePromotionUseCase {

    /** @throws PromotionNotFoundException when there is no such promotion */
    StoredPromotion deactivate(String id);

    class PromotionNotFoundException extends RuntimeException {
        public PromotionNotFoundException(String id) {
            super("no promotion " + id);
        }
    }
}
