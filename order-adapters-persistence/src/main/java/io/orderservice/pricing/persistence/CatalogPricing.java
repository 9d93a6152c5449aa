package io.orderservice.pricing.persistence;

import io.orderservice.ordering.application.port.out.OrderPricing;
import io.orderservice.ordering.application.port.out.RequestedLine;
import io.orderservice.shared.Money;
import io.orderservice.shared.Sku;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The skeleton's pricing: the catalog's prices in force now (effective dates), no discounts, no tax. The
 * pricing engine (issue 7) replaces it behind the same port, with tax rules and promotions.
 */
@Component
class CatalogPricing implements OrderPricing {

    private record CatalogEntry(String name, long unitPriceMinor) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    CatalogPricing(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public PricingOutcome price(PricingRequest request) {
        var catalog = new HashMap<String, CatalogEntry>();
        jdbc.query(PricesInForce.QUERY,
                new MapSqlParameterSource("currency", request.currency().getCurrencyCode())
                        .addValue("at", Timestamp.from(clock.instant()))
                        .addValue("skus", request.lines().stream().map(line -> line.sku().value()).toList()),
                row -> {
                    catalog.put(row.getString("sku"), new CatalogEntry(row.getString("name"), row.getLong("unit_price_minor")));
                });
        var unknown = new LinkedHashSet<Sku>();
        request.lines().stream().map(RequestedLine::sku).filter(sku -> !catalog.containsKey(sku.value())).forEach(unknown::add);
        if (!unknown.isEmpty()) {
            return new UnknownSkus(unknown);
        }
        var zero = Money.zero(request.currency());
        return new PricedBasket(request.lines().stream().map(line -> priced(line, catalog, request)).toList(), zero, zero);
    }

    private static PricedLine priced(RequestedLine line, Map<String, CatalogEntry> catalog, PricingRequest request) {
        var entry = catalog.get(line.sku().value());
        return new PricedLine(line.sku(), entry.name(), line.quantity(), new Money(entry.unitPriceMinor(), request.currency()));
    }
}
