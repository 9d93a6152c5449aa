package io.orderservice.pricing.application.port.out;

import io.orderservice.pricing.domain.Promotion;
import io.orderservice.pricing.domain.TaxPolicy;
import java.time.Instant;
import java.util.List;

/** The rules in force at an instant: how the shop taxes (with the tax rules valid that day) and its active promotions. */
public interface PricingRules {

    TaxPolicy taxPolicy(Instant at);

    List<Promotion> promotions(Instant at);
}
