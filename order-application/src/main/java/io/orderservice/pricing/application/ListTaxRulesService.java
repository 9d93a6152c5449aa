package io.orderservice.pricing.application;

import io.orderservice.pricing.application.port.in.ListTaxRulesQuery;
import io.orderservice.pricing.application.port.out.TaxRuleStore;
import io.orderservice.pricing.application.port.in.StoredTaxRule;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class ListTaxRulesService implements ListTaxRulesQuery {

    private final TaxRuleStore store;

    ListTaxRulesService(TaxRuleStore store) {
        this.store = store;
    }

    @Override
    @Transactional(readOnly = true)
    public List<StoredTaxRule> list() {
        return store.all();
    }
}
