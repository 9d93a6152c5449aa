package io.orderservice.pricing.domain;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How a shop taxes: whether its prices include tax, how tax is rounded, its rules, and where it sells from.
 * A business buyer with a VAT registration in another country of {@code reverseChargeCountries} than
 * {@code sellerCountry} pays no tax: the buyer accounts for it (reverse charge), and the tax lines say so.
 */
public record TaxPolicy(PriceMode mode, Rounding rounding, List<TaxRule> rules, String sellerCountry,
                        Set<String> reverseChargeCountries) {

    public TaxPolicy {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(rounding, "rounding");
        rules = List.copyOf(rules);
        reverseChargeCountries = reverseChargeCountries == null ? Set.of() : Set.copyOf(reverseChargeCountries);
    }
}
