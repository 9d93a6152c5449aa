package io.orderservice.pricing.application.port.in;

import java.time.LocalDate;
import java.util.UUID;

/** Ends a tax rule: it applies no more from {@code validUntil} (after its first day, not in the past). */
public interface EndTaxRuleUseCase {

    /** @throws TaxRuleNotFoundException when there is no such rule */
    StoredTaxRule end(UUID id, LocalDate validUntil);

    class TaxRuleNotFoundException extends RuntimeException {
        public TaxRuleNotFoundException(UUID id) {
            super("no tax rule " + id);
        }
    }
}
