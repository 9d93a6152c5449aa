package io.orderservice.pricing.application;

import io.orderservice.pricing.application.port.in.AddTaxRuleUseCase;
import io.orderservice.pricing.application.port.in.StoredTaxRule;
import io.orderservice.pricing.application.port.out.TaxRuleStore;
import io.orderservice.pricing.domain.TaxRule;
import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.RequestKey;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AddTaxRuleService implements AddTaxRuleUseCase {

    private final TaxRuleStore store;
    private final Clock clock;

    AddTaxRuleService(TaxRuleStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    @Transactional
    public StoredTaxRule add(TaxRule rule, LocalDate validFrom, RequestKey requestKey) {
        var id = requestKey == null ? UUID.randomUUID() : requestKey.derivedId();
        var added = requestKey == null ? Optional.<StoredTaxRule>empty() : store.find(id);
        if (added.isPresent()) {
            return added.get(); // the same request, run again after a crash lost its answer
        }
        var today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        var from = validFrom == null ? today : validFrom;
        if (from.isBefore(today)) {
            throw new InvalidValueException("a tax rule cannot start in the past (" + from + "): what applied stays on record");
        }
        store.add(id, rule, from);
        return store.find(id).orElseThrow();
    }
}
