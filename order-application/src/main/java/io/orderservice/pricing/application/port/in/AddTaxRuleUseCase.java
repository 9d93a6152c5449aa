package io.orderservice.pricing.application.port.in;

import io.orderservice.pricing.domain.TaxRule;
import java.time.LocalDate;

/**
 * Adds a tax rule, without a redeploy: a new rate is a new rule from a day (usually the day the old one ends,
 * {@link EndTaxRuleUseCase}); quotes and orders use the rules valid on their day.
 */
public interface AddTaxRuleUseCase {

    /** @param validFrom the first day it applies; today when null; not in the past */
    StoredTaxRule add(TaxRule rule, LocalDate validFrom);
}
