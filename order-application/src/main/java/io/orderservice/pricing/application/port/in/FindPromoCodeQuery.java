package io.orderservice.pricing.application.port.in;

import io.orderservice.pricing.domain.Promotion;
import java.util.Optional;

/**
 * What a promo code a customer typed stands for, and whether it can be used now: for a storefront's "apply
 * code" field, before the basket is priced. Empty for a code no active promotion has.
 */
public interface FindPromoCodeQuery {

    Optional<PromoCode> find(String code);

    /**
     * @param usableNow   whether its validity window includes now
     * @param whyNot      null when usable now; otherwise "not valid yet" or "expired"
     */
    record PromoCode(String code, Promotion promotion, boolean usableNow, String whyNot) {
    }
}
