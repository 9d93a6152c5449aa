package io.orderservice.shipping.persistence;

import io.orderservice.shared.Money;
import io.orderservice.shipping.application.port.out.CarrierRateSource;
import io.orderservice.shipping.domain.CarrierRate;
import io.orderservice.shipping.domain.Parcel;
import io.orderservice.shipping.domain.RateBand;
import io.orderservice.shipping.domain.RateTable;
import io.orderservice.shipping.domain.TransitTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The default source of rates: the active rate tables of {@code shipping_rate_table} and {@code shipping_rate_band}
 * that cover the parcel's country in its currency. The tables have no admin API: a table changed in the database
 * counts once the cached tables have lived {@code order-service.caching.rules-live-for} (ADR 0032).
 */
@Component
class JdbcRateTables implements CarrierRateSource {

    static final String CACHE = "rate-tables";

    private final JdbcClient jdbc;
    private final Cache rateTables;

    JdbcRateTables(JdbcClient jdbc, CacheManager caches) {
        this.jdbc = jdbc;
        this.rateTables = caches.getCache(CACHE);
    }

    private record TableRow(String id, String carrier, String service, Set<String> countries, Money freeFrom, TransitTime transit) {
    }

    @Override
    public List<CarrierRate> ratesFor(Parcel parcel) {
        var country = parcel.destination().countryCode();
        return tablesIn(parcel.goodsValue().currency()).stream().filter(table -> table.countries().contains(country))
                .map(table -> table.rateFor(parcel)).flatMap(Optional::stream).toList();
    }

    /** The active rate tables in the currency, with their bands: kept in the {@value #CACHE} cache (ADR 0032). */
    private List<RateTable> tablesIn(Currency currency) {
        return rateTables.get(currency.getCurrencyCode(), () -> {
            var tables = new LinkedHashMap<String, TableRow>();
            var bands = new LinkedHashMap<String, List<RateBand>>();
            jdbc.sql("""
                            SELECT t.id, t.carrier, t.service, t.countries, t.free_from_minor, t.transit_min_days, t.transit_max_days,
                                   b.max_weight_grams, b.max_goods_minor, b.price_minor
                            FROM shipping_rate_table t JOIN shipping_rate_band b ON b.table_id = t.id
                            WHERE t.active AND t.currency = ?
                            ORDER BY t.id, b.position""")
                    .param(currency.getCurrencyCode())
                    .query(row -> {
                        var id = row.getString("id");
                        tables.computeIfAbsent(id, ignored -> table(row, currency));
                        bands.computeIfAbsent(id, ignored -> new ArrayList<>()).add(band(row, currency));
                    });
            return tables.values().stream()
                    .map(table -> new RateTable(table.carrier(), table.service(), table.countries(), currency, bands.get(table.id()),
                            table.freeFrom(), table.transit()))
                    .toList();
        });
    }

    private static TableRow table(ResultSet row, Currency currency) {
        try {
            var countries = (String[]) row.getArray("countries").getArray();
            var freeFrom = row.getObject("free_from_minor", Long.class);
            return new TableRow(row.getString("id"), row.getString("carrier"), row.getString("service"),
                    Set.of(countries).stream().map(String::trim).collect(java.util.stream.Collectors.toSet()),
                    freeFrom == null ? null : new Money(freeFrom, currency),
                    new TransitTime(row.getInt("transit_min_days"), row.getInt("transit_max_days")));
        } catch (SQLException e) {
            throw new IllegalStateException("unreadable rate table row", e);
        }
    }

    private static RateBand band(ResultSet row, Currency currency) throws SQLException {
        var maxGoods = row.getObject("max_goods_minor", Long.class);
        return new RateBand(row.getObject("max_weight_grams", Integer.class), maxGoods == null ? null : new Money(maxGoods, currency),
                new Money(row.getLong("price_minor"), currency));
    }
}
