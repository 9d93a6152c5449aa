package io.orderservice.pricing.application.port.out;

import io.orderservice.pricing.domain.Promotion;
import io.orderservice.pricing.domain.TaxPolicy;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The rules in force at an instant: how the shop taxes (with the tax rules valid that day) and its active promotions, also by code. */
public interface PricingRules {

    TaxPolicy taxPolicy(Instant at);

    List<Promotion> promotions(Instant at);

    /** The active promotion with this code (upper case), whatever its validity window. */
    Optional<Promotion> promotionWithCode(String code);
}
