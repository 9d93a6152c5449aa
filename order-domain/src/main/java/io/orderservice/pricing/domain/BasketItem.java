package io.orderservice.pricing.domain;

import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.Money;
import io.orderservice.shared.Quantity;
import io.orderservice.shared.Sku;
import java.util.Objects;
import java.util.Set;

/**
 * One line to price: what, how many, at which catalog unit price (tax included or not, as the policy's
 * mode says), in which categories for promotions, taxed how.
 */
public record BasketItem(Sku sku, Set<String> categories, TaxCategory taxCategory, Quantity quantity, Money unitPrice) {

    public BasketItem {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(taxCategory, "taxCategory");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(unitPrice, "unitPrice");
        categories = categories == null ? Set.of() : Set.copyOf(categories);
        if (unitPrice.isNegative()) {
            throw new InvalidValueException("a unit price is not negative");
        }
    }

    public Money gross() {
        return unitPrice.times(quantity.value());
    }
}
