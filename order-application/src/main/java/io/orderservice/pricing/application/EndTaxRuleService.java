package io.orderservice.pricing.application;

import io.orderservice.pricing.application.port.in.EndTaxRuleUseCase;
import io.orderservice.pricing.application.port.out.TaxRuleStore;
import io.orderservice.pricing.application.port.in.StoredTaxRule;
import io.orderservice.shared.InvalidValueException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class EndTaxRuleService implements EndTaxRuleUseCase {

    private final TaxRuleStore store;
    private final Clock clock;

    EndTaxRuleService(TaxRuleStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    @Transactional
    public StoredTaxRule end(UUID id, LocalDate validUntil) {
        var stored = store.find(id).orElseThrow(() -> new TaxRuleNotFoundException(id));
        var today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        if (validUntil.isBefore(today) || !validUntil.isAfter(stored.validFrom())) {
            throw new InvalidValueException("a tax rule ends after its first day and not in the past, not on " + validUntil);
        }
        store.end(id, validUntil);
        return store.find(id).orElseThrow();
    }
}
