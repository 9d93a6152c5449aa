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

/** The catalog tables: the price in force per SKU and currency, with the product's tax category and categories. */
@Component
class CatalogPriceBook implements PriceBook {

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
        jdbc.query(PricesInForce.QUERY,
                new MapSqlParameterSource("currency", currency.getCurrencyCode()).addValue("at", Timestamp.from(at))
                        .addValue("skus", skus.stream().map(Sku::value).toList()),
                row -> {
                    var sku = new Sku(row.getString("sku"));
                    var categories = (String[]) row.getArray("categories").getArray();
                    found.put(sku, new Product(sku, row.getString("name"), new Money(row.getLong("unit_price_minor"), currency),
                            TaxCategory.valueOf(row.getString("tax_category")), Set.copyOf(Arrays.asList(categories))));
                });
        return found;
    }
}
