package io.orderservice.pricing.application.port.in;

import java.util.List;

/** Every tax rule, ended ones included (what applied when stays on record), oldest first. */
public interface ListTaxRulesQuery {

    List<StoredTaxRule> list();
}
