package io.orderservice.pricing.application;

import io.orderservice.pricing.application.port.in.AddPromotionUseCase;
import io.orderservice.pricing.application.port.in.StoredPromotion.UsageLimits;
import io.orderservice.pricing.application.port.in.StoredPromotion;
import io.orderservice.pricing.application.port.out.PromotionStore;
import io.orderservice.pricing.domain.Promotion;
import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.RequestKey;
import io.orderservice.shared.application.RequestEffects;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AddPromotionService implements AddPromotionUseCase {

    private final PromotionStore store;
    private final RequestEffects effects;
    private final Clock clock;

    AddPromotionService(PromotionStore store, RequestEffects effects, Clock clock) {
        this.store = store;
        this.effects = effects;
        this.clock = clock;
    }

    @Override
    @Transactional
    public StoredPromotion add(Promotion promotion, UsageLimits limits, RequestKey requestKey) {
        if (requestKey != null && !effects.firstTime(requestKey)) {
            // the same request, run again after a crash lost its answer: the promotion it added
            return store.find(promotion.id()).orElseThrow(() -> new PromotionConflictException("promotion " + promotion.id()
                    + " was added by this request and is gone"));
        }
        var now = clock.instant();
        if (promotion.validFrom() != null && promotion.validFrom().isBefore(now.minusSeconds(60))) {
            throw new InvalidValueException("a promotion cannot start in the past: " + promotion.validFrom());
        }
        if (promotion.validUntil() != null && !promotion.validUntil().isAfter(now)) {
            throw new InvalidValueException("a promotion that ended already gives nothing: " + promotion.validUntil());
        }
        if (store.taken(promotion.id(), promotion.code())) {
            throw new PromotionConflictException("a promotion with id " + promotion.id()
                    + (promotion.code() == null ? "" : " or code " + promotion.code()) + " exists already");
        }
        store.add(promotion, limits);
        return store.find(promotion.id()).orElseThrow();
    }
}
