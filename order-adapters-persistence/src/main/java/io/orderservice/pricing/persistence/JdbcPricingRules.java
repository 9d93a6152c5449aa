package io.orderservice.pricing.persistence;

import io.orderservice.pricing.application.port.out.PricingRules;
import io.orderservice.pricing.domain.Jurisdiction;
import io.orderservice.pricing.domain.Promotion;
import io.orderservice.pricing.domain.Rounding;
import io.orderservice.pricing.domain.TaxCategory;
import io.orderservice.pricing.domain.TaxPolicy;
import io.orderservice.pricing.domain.TaxRule;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tax rules and promotions from PostgreSQL, kept in the {@value #TAX_RULES} and {@value #PROMOTIONS} caches (ADR 0032)
 * with their windows, and chosen at read time: rules apply on the days of their window (UTC), promotions in theirs;
 * promotions that are not {@code active} are left out. A change through the admin API counts from the next quote; one
 * made otherwise once the cached rows have lived {@code order-service.caching.rules-live-for}.
 */
@Component
class JdbcPricingRules implements PricingRules {

    static final String TAX_RULES = "tax-rules";
    static final String PROMOTIONS = "promotions";
    /** Each cache holds one entry: all the rows. */
    static final String ALL = "all";

    /** A tax rule with the days it applies: from {@code validFrom}, before {@code validUntil} (null: no end). */
    private record DatedTaxRule(TaxRule rule, LocalDate validFrom, LocalDate validUntil) {

        boolean appliesOn(LocalDate day) {
            return !validFrom.isAfter(day) && (validUntil == null || validUntil.isAfter(day));
        }
    }

    private final JdbcClient jdbc;
    private final TaxPolicyProperties properties;
    private final Cache taxRules;
    private final Cache promotions;

    JdbcPricingRules(JdbcClient jdbc, TaxPolicyProperties properties, CacheManager caches) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.taxRules = caches.getCache(TAX_RULES);
        this.promotions = caches.getCache(PROMOTIONS);
    }

    @Override
    public TaxPolicy taxPolicy(Instant at) {
        var day = LocalDate.ofInstant(at, ZoneOffset.UTC);
        var rules = allTaxRules().stream().filter(dated -> dated.appliesOn(day)).map(DatedTaxRule::rule).toList();
        return new TaxPolicy(properties.priceMode(), new Rounding(properties.rounding(), properties.roundingMode()), rules,
                properties.sellerCountry(), properties.reverseChargeCountries());
    }

    @Override
    public List<Promotion> promotions(Instant at) {
        return activePromotions().stream()
                .filter(promotion -> (promotion.validFrom() == null || !promotion.validFrom().isAfter(at))
                        && (promotion.validUntil() == null || promotion.validUntil().isAfter(at)))
                .toList();
    }

    @Override
    public Optional<Promotion> promotionWithCode(String code) {
        return activePromotions().stream().filter(promotion -> code.equals(promotion.code())).findFirst();
    }

    private List<DatedTaxRule> allTaxRules() {
        return taxRules.get(ALL, () -> jdbc.sql("""
                        SELECT jurisdiction, country_code, region, postal_from, postal_to, tax_category, rate, taxes_shipping,
                               valid_from, valid_until
                        FROM tax_rule ORDER BY id""")
                .query((row, number) -> {
                    var until = row.getDate("valid_until");
                    return new DatedTaxRule(new TaxRule(new Jurisdiction(row.getString("jurisdiction"), row.getString("country_code"),
                            row.getString("region"), row.getString("postal_from"), row.getString("postal_to")),
                            TaxCategory.valueOf(row.getString("tax_category")), row.getBigDecimal("rate"), row.getBoolean("taxes_shipping")),
                            row.getDate("valid_from").toLocalDate(), until == null ? null : until.toLocalDate());
                })
                .list());
    }

    private List<Promotion> activePromotions() {
        return promotions.get(ALL, () -> jdbc.sql("SELECT * FROM promotion WHERE active ORDER BY id")
                .query((row, number) -> PromotionRows.promotion(row)).list());
    }
}
