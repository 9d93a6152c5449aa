package io.orderservice.pricing.domain;

import io.orderservice.shared.InvalidValueException;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One tax of one jurisdiction on one category of products, e.g. California's 6 % on STANDARD goods. Several
 * rules may apply to one line (a state's and a county's): each becomes a tax line of its own.
 *
 * @param rate          a fraction: 0.19 for 19 %
 * @param taxesShipping whether the shipping charge is taxed by it too (as a STANDARD item)
 */
public record TaxRule(Jurisdiction jurisdiction, TaxCategory category, BigDecimal rate, boolean taxesShipping) {

    public TaxRule {
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(rate, "rate");
        if (category == TaxCategory.EXEMPT) {
            throw new InvalidValueException("exempt products are outside tax: no rule taxes them");
        }
        if (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) >= 0) {
            throw new InvalidValueException("a tax rate is a fraction from 0 to below 1, not " + rate);
        }
        if (category == TaxCategory.ZERO && rate.signum() != 0) {
            throw new InvalidValueException("a ZERO-rated category is taxed at 0");
        }
    }
}
