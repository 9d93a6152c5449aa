package io.orderservice.pricing.application;

import io.orderservice.pricing.application.port.in.ListPromotionsQuery;
import io.orderservice.pricing.application.port.in.StoredPromotion;
import io.orderservice.pricing.application.port.out.PromotionStore;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class ListPromotionsService implements ListPromotionsQuery {

    private final PromotionStore store;

    ListPromotionsService(PromotionStore store) {
        this.store = store;
    }

    @Override
    @Transactional(readOnly = true)
    public List<StoredPromotion> list() {
        return store.all();
    }
}
