package io.orderservice.pricing.application.port.in;

import io.orderservice.pricing.domain.TaxRule;
import io.orderservice.shared.RequestKey;
import java.time.LocalDate;

/**
 * Adds a tax rule, without a redeploy: a new rate is a new rule from a day (usually the day the old one ends,
 * {@link EndTaxRuleUseCase}); quotes and orders use the rules valid on their day.
 */
public interface AddTaxRuleUseCase {

    /**
     * @param validFrom  the first day it applies; today when null; not in the past
     * @param requestKey the request's Idempotency-Key, when it sent one: the rule's id is derived from it, so a retry of
     *                   the request adds the rule once and answers with it
     */
    StoredTaxRule add(TaxRule rule, LocalDate validFrom, RequestKey requestKey);
}
