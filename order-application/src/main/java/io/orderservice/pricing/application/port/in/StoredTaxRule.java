package io.orderservice.pricing.application.port.in;

import io.orderservice.pricing.domain.TaxRule;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A tax rule as operators keep it: its id, and the days it applies.
 *
 * @param validUntil exclusive; null while the rule has no end
 */
public record StoredTaxRule(UUID id, TaxRule rule, LocalDate validFrom, LocalDate validUntil) {
}
