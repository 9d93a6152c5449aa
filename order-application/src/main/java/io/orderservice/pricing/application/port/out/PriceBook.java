package io.orderservice.pricing.application.port.out;

import io.orderservice.pricing.domain.TaxCategory;
import io.orderservice.shared.Money;
import io.orderservice.shared.Sku;
import java.time.Instant;
import java.util.Collection;
import java.util.Currency;
import java.util.Map;
import java.util.Set;

/** The catalog as pricing needs it: a product's price in a currency at an instant, its tax category, its categories, its weight. */
public interface PriceBook {

    /**
     * The products of {@code skus} with their price in {@code currency} in force at {@code at}; those that have
     * none then are missing.
     */
    Map<Sku, Product> products(Collection<Sku> skus, Currency currency, Instant at);

    /** @param weightGrams the weight of one unit, shipped */
    record Product(Sku sku, String name, Money unitPrice, TaxCategory taxCategory, Set<String> categories, int weightGrams) {
    }
}
