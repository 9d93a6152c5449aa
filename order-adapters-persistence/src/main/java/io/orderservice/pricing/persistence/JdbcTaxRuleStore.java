package io.orderservice.pricing.persistence;

import io.orderservice.pricing.application.port.in.StoredTaxRule;
import io.orderservice.pricing.application.port.out.TaxRuleStore;
import io.orderservice.pricing.domain.Jurisdiction;
import io.orderservice.pricing.domain.TaxCategory;
import io.orderservice.pricing.domain.TaxRule;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code tax_rule} table, as operators manage it (the pricing engine reads it through {@link JdbcPricingRules}, whose
 * cached rules a change evicts once its transaction has committed).
 */
@Component
class JdbcTaxRuleStore implements TaxRuleStore {

    private static final String COLUMNS = "public_id, jurisdiction, country_code, region, postal_from, postal_to, tax_category, rate, "
            + "taxes_shipping, valid_from, valid_until";

    private final JdbcClient jdbc;
    private final Cache rulesInUse;

    JdbcTaxRuleStore(JdbcClient jdbc, CacheManager caches) {
        this.jdbc = jdbc;
        this.rulesInUse = caches.getCache(JdbcPricingRules.TAX_RULES);
    }

    @Override
    public List<StoredTaxRule> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM tax_rule ORDER BY id").query((row, number) -> stored(row)).list();
    }

    @Override
    public Optional<StoredTaxRule> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM tax_rule WHERE public_id = ?").param(id).query((row, number) -> stored(row)).optional();
    }

    @Override
    public void add(UUID id, TaxRule rule, LocalDate validFrom) {
        var where = rule.jurisdiction();
        jdbc.sql("""
                        INSERT INTO tax_rule (public_id, jurisdiction, country_code, region, postal_from, postal_to, tax_category,
                                              rate, taxes_shipping, valid_from)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, where.name(), where.countryCode(), where.region(), where.postalFrom(), where.postalTo(),
                        rule.category().name(), rule.rate(), rule.taxesShipping(), validFrom)
                .update();
        rulesInUse.evict(JdbcPricingRules.ALL);
    }

    @Override
    public void end(UUID id, LocalDate validUntil) {
        jdbc.sql("UPDATE tax_rule SET valid_until = ? WHERE public_id = ?").params(validUntil, id).update();
        rulesInUse.evict(JdbcPricingRules.ALL);
    }

    private static StoredTaxRule stored(ResultSet row) throws SQLException {
        var until = row.getDate("valid_until");
        return new StoredTaxRule(row.getObject("public_id", UUID.class), new TaxRule(new Jurisdiction(row.getString("jurisdiction"),
                row.getString("country_code"), row.getString("region"), row.getString("postal_from"), row.getString("postal_to")),
                TaxCategory.valueOf(row.getString("tax_category")), row.getBigDecimal("rate"), row.getBoolean("taxes_shipping")),
                row.getDate("valid_from").toLocalDate(), until == null ? null : until.toLocalDate());
    }
}
