package io.orderservice.pricing.persistence;

/**
 * The one query both pricing adapters read prices with: of a SKU's prices in a currency, the one that took
 * effect last before the instant and has not ended (a price scheduled for later, or one that ended, is not).
 */
final class PricesInForce {

    static final String QUERY = """
            SELECT DISTINCT ON (p.sku) p.sku, c.name, c.tax_category, c.categories, p.unit_price_minor
            FROM catalog_price p JOIN catalog_product c ON c.sku = p.sku
            WHERE p.currency = :currency AND p.sku IN (:skus)
              AND p.valid_from <= :at AND (p.valid_until IS NULL OR p.valid_until > :at)
            ORDER BY p.sku, p.valid_from DESC""";

    private PricesInForce() {
    }
}
