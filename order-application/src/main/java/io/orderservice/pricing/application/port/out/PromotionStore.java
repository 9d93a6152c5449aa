package io.orderservice.pricing.application.port.out;

import io.orderservice.pricing.application.port.in.StoredPromotion;
import io.orderservice.pricing.application.port.in.StoredPromotion.UsageLimits;
import io.orderservice.pricing.domain.Promotion;
import java.util.List;
import java.util.Optional;

/** The {@code promotion} rows as operators manage them (pricing reads the active ones through {@link PricingRules}). */
public interface PromotionStore {

    List<StoredPromotion> all();

    Optional<StoredPromotion> find(String id);

    /** Whether a promotion already has this id, or this code (case as stored: upper). */
    boolean taken(String id, String code);

    void add(Promotion promotion, UsageLimits limits);

    void deactivate(String id);
}
