package io.orderservice.pricing.persistence;

import io.orderservice.ordering.application.port.out.OrderPricing;
import io.orderservice.ordering.application.port.out.RequestedLine;
import io.orderservice.shared.Money;
import io.orderservice.shared.Sku;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The skeleton's pricing: list prices from the catalog table, no discounts, no tax. The pricing engine
 * (issue 7) replaces it with price books, tax rules and promotions behind the same port.
 */
@Component
class CatalogPricing implements OrderPricing {

    private record CatalogEntry(String name, long unitPriceMinor) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    CatalogPricing(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public PricingOutcome price(PricingRequest request) {
        var catalog = new HashMap<String, CatalogEntry>();
        jdbc.query("""
                        SELECT p.sku, c.name, p.unit_price_minor
                        FROM catalog_price p JOIN catalog_product c ON c.sku = p.sku
                        WHERE p.currency = :currency AND p.sku IN (:skus)""",
                new MapSqlParameterSource("currency", request.currency().getCurrencyCode())
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
