package io.orderservice.pricing.persistence;

import io.orderservice.pricing.application.port.out.PriceBook;
import io.orderservice.pricing.domain.TaxCategory;
import io.orderservice.shared.Money;
import io.orderservice.shared.Sku;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The catalog tables: the price in force per SKU and currency — of a SKU's prices in a currency, the one that took
 * effect last before the instant and has not ended — with the product's tax category, categories and weight.
 */
@Component
class CatalogPriceBook implements PriceBook {

    private static final String PRICES_IN_FORCE = """
            SELECT DISTINCT ON (p.sku) p.sku, c.name, c.tax_category, c.categories, c.weight_grams, p.unit_price_minor
            FROM catalog_price p JOIN catalog_product c ON c.sku = p.sku
            WHERE p.currency = :currency AND p.sku IN (:skus)
              AND p.valid_from <= :at AND (p.valid_until IS NULL OR p.valid_until > :at)
            ORDER BY p.sku, p.valid_from DESC""";

    private final NamedParameterJdbcTemplate jdbc;

    CatalogPriceBook(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<Sku, Product> products(Collection<Sku> skus, Currency currency, Instant at) {
        var found = new HashMap<Sku, Product>();
        if (skus.isEmpty()) {
            return found;
        }
        jdbc.query(PRICES_IN_FORCE,
                new MapSqlParameterSource("currency", currency.getCurrencyCode()).addValue("at", Timestamp.from(at))
                        .addValue("skus", skus.stream().map(Sku::value).toList()),
                row -> {
                    var sku = new Sku(row.getString("sku"));
                    var categories = (String[]) row.getArray("categories").getArray();
                    found.put(sku, new Product(sku, row.getString("name"), new Money(row.getLong("unit_price_minor"), currency),
                            TaxCategory.valueOf(row.getString("tax_category")), Set.copyOf(Arrays.asList(categories)),
                            row.getInt("weight_grams")));
                });
        return found;
    }
}
