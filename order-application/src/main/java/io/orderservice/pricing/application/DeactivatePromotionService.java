package io.orderservice.pricing.application;

import io.orderservice.pricing.application.port.in.DeactivatePromotionUseCase;
import io.orderservice.pricing.application.port.in.StoredPromotion;
import io.orderservice.pricing.application.port.out.PromotionStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class DeactivatePromotionService implements DeactivatePromotionUseCase {

    private final PromotionStore store;

    DeactivatePromotionService(PromotionStore store) {
        this.store = store;
    }

    @Override
    @Transactional
    public StoredPromotion deactivate(String id) {
        store.find(id).orElseThrow(() -> new PromotionNotFoundException(id));
        store.deactivate(id);
        return store.find(id).orElseThrow();
    }
}
