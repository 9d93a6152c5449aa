package io.orderservice.pricing.application;

import io.orderservice.pricing.application.port.in.FindPromoCodeQuery;
import io.orderservice.pricing.application.port.out.PricingRules;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;

@Service
class FindPromoCodeService implements FindPromoCodeQuery {

    private final PricingRules rules;
    private final Clock clock;

    FindPromoCodeService(PricingRules rules, Clock clock) {
        this.rules = rules;
        this.clock = clock;
    }

    @Override
    public Optional<PromoCode> find(String code) {
        var normalised = code.trim().toUpperCase(Locale.ROOT);
        var now = clock.instant();
        return rules.promotionWithCode(normalised).map(promotion -> {
            if (promotion.validFrom() != null && now.isBefore(promotion.validFrom())) {
                return new PromoCode(normalised, promotion, false, "not valid yet");
            }
            if (promotion.validUntil() != null && !now.isBefore(promotion.validUntil())) {
                return new PromoCode(normalised, promotion, false, "expired");
            }
            return new PromoCode(normalised, promotion, true, null);
        });
    }
}
