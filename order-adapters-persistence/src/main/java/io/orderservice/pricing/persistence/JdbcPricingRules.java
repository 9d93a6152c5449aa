package io.orderservice.pricing.persistence;

import io.orderservice.pricing.application.port.out.PricingRules;
import io.orderservice.pricing.domain.Jurisdiction;
import io.orderservice.pricing.domain.Promotion;
import io.orderservice.pricing.domain.Rounding;
import io.orderservice.pricing.domain.TaxCategory;
import io.orderservice.pricing.domain.TaxPolicy;
import io.orderservice.pricing.domain.TaxRule;
import io.orderservice.shared.Money;
import io.orderservice.shared.Sku;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tax rules and promotions from PostgreSQL, read per quote: a rate changed in {@code tax_rule} counts from the
 * next quote on, without a redeploy. Rules apply on the days of their window (UTC); promotions that are not
 * {@code active} are left out.
 */
@Component
class JdbcPricingRules implements PricingRules {

    private final JdbcClient jdbc;
    private final TaxPolicyProperties properties;

    JdbcPricingRules(JdbcClient jdbc, TaxPolicyProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    @Override
    public TaxPolicy taxPolicy(Instant at) {
        var day = LocalDate.ofInstant(at, ZoneOffset.UTC);
        var rules = jdbc.sql("""
                        SELECT jurisdiction, country_code, region, postal_from, postal_to, tax_category, rate, taxes_shipping
                        FROM tax_rule WHERE valid_from <= ? AND (valid_until IS NULL OR valid_until > ?) ORDER BY id""")
                .params(day, day)
                .query((row, number) -> new TaxRule(new Jurisdiction(row.getString("jurisdiction"), row.getString("country_code"),
                        row.getString("region"), row.getString("postal_from"), row.getString("postal_to")),
                        TaxCategory.valueOf(row.getString("tax_category")), row.getBigDecimal("rate"), row.getBoolean("taxes_shipping")))
                .list();
        return new TaxPolicy(properties.priceMode(), new Rounding(properties.rounding(), properties.roundingMode()), rules,
                properties.sellerCountry(), properties.reverseChargeCountries());
    }

    @Override
    public List<Promotion> promotions(Instant at) {
        return jdbc.sql("""
                        SELECT * FROM promotion
                        WHERE active AND (valid_from IS NULL OR valid_from <= ?) AND (valid_until IS NULL OR valid_until > ?)
                        ORDER BY id""")
                .params(Timestamp.from(at), Timestamp.from(at))
                .query((row, number) -> PromotionRows.promotion(row)).list();
    }

    @Override
    public Optional<Promotion> promotionWithCode(String code) {
        return jdbc.sql("SELECT * FROM promotion WHERE active AND code = ?").param(code).query((row, number) -> PromotionRows.promotion(row))
                .optional();
    }
}
