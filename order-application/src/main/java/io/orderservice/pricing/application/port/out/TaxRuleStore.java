package io.orderservice.pricing.application.port.out;

import io.orderservice.pricing.application.port.in.StoredTaxRule;
import io.orderservice.pricing.domain.TaxRule;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The tax rules as operators keep them: each valid from a day, and until a day once ended. A rate changes by
 * ending its rule and adding the new rate from that day: what applied when stays on record.
 */
public interface TaxRuleStore {

    List<StoredTaxRule> all();

    Optional<StoredTaxRule> find(UUID id);

    void add(UUID id, TaxRule rule, LocalDate validFrom);

    void end(UUID id, LocalDate validUntil);
}
