package io.orderservice.pricing.persistence;

import io.orderservice.pricing.application.port.out.PriceBook;
import io.orderservice.pricing.domain.TaxCategory;
import io.orderservice.shared.Money;
import io.orderservice.shared.Sku;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The catalog tables: the price in force per SKU and currency — of a SKU's prices in a currency, the one that took
 * effect last before the instant and has not ended — with the product's tax category, categories and weight. A SKU's
 * dated prices are kept in the {@value #CACHE} cache (ADR 0032) and the one in force is chosen at read time, so a price
 * scheduled ahead takes effect on time; a SKU without a price is kept as such too.
 */
@Component
class CatalogPriceBook implements PriceBook {

    static final String CACHE = "price-book";

    private static final String PRICES = """
            SELECT p.sku, c.name, c.tax_category, c.categories, c.weight_grams, p.unit_price_minor, p.valid_from, p.valid_until
            FROM catalog_price p JOIN catalog_product c ON c.sku = p.sku
            WHERE p.currency = :currency AND p.sku IN (:skus)""";

    /** One of a SKU's prices in a currency, with the window it is in force. */
    private record DatedPrice(Instant validFrom, Instant validUntil, Product product) {

        boolean inForceAt(Instant at) {
            return !validFrom.isAfter(at) && (validUntil == null || validUntil.isAfter(at));
        }
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final Cache prices;

    CatalogPriceBook(NamedParameterJdbcTemplate jdbc, CacheManager caches) {
        this.jdbc = jdbc;
        this.prices = caches.getCache(CACHE);
    }

    @Override
    public Map<Sku, Product> products(Collection<Sku> skus, Currency currency, Instant at) {
        var found = new HashMap<Sku, Product>();
        var missing = new ArrayList<Sku>();
        for (var sku : skus) {
            @SuppressWarnings("unchecked")
            List<DatedPrice> dated = prices.get(key(sku, currency), List.class);
            if (dated == null) {
                missing.add(sku);
            } else {
                inForce(dated, at).ifPresent(product -> found.put(sku, product));
            }
        }
        if (!missing.isEmpty()) {
            read(missing, currency).forEach((sku, dated) -> {
                prices.put(key(sku, currency), dated);
                inForce(dated, at).ifPresent(product -> found.put(sku, product));
            });
        }
        return found;
    }

    /** Every dated price of the SKUs in the currency; a SKU without any has an empty list. */
    private Map<Sku, List<DatedPrice>> read(List<Sku> skus, Currency currency) {
        var read = new HashMap<Sku, List<DatedPrice>>();
        skus.forEach(sku -> read.put(sku, new ArrayList<>()));
        jdbc.query(PRICES, new MapSqlParameterSource("currency", currency.getCurrencyCode())
                        .addValue("skus", skus.stream().map(Sku::value).toList()),
                row -> {
                    var sku = new Sku(row.getString("sku"));
                    var categories = (String[]) row.getArray("categories").getArray();
                    var until = row.getTimestamp("valid_until");
                    read.get(sku).add(new DatedPrice(row.getTimestamp("valid_from").toInstant(), until == null ? null : until.toInstant(),
                            new Product(sku, row.getString("name"), new Money(row.getLong("unit_price_minor"), currency),
                                    TaxCategory.valueOf(row.getString("tax_category")), Set.copyOf(Arrays.asList(categories)),
                                    row.getInt("weight_grams"))));
                });
        read.replaceAll((sku, dated) -> List.copyOf(dated));
        return read;
    }

    /** The price that took effect last before {@code at} and has not ended. */
    private static Optional<Product> inForce(List<DatedPrice> dated, Instant at) {
        return dated.stream().filter(price -> price.inForceAt(at)).max(Comparator.comparing(DatedPrice::validFrom))
                .map(DatedPrice::product);
    }

    private static String key(Sku sku, Currency currency) {
        return sku.value() + "|" + currency.getCurrencyCode();
    }
}
