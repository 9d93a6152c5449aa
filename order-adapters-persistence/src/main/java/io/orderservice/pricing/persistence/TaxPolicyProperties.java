package io.orderservice.pricing.persistence;

import io.orderservice.pricing.domain.PriceMode;
import io.orderservice.pricing.domain.Rounding;
import java.math.RoundingMode;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the shop taxes, beyond the rules in the {@code tax_rule} table: whether catalog prices include tax,
 * how tax is rounded, where the shop sells from, and where B2B reverse charge applies.
 */
@ConfigurationProperties("order-service.pricing")
record TaxPolicyProperties(PriceMode priceMode, Rounding.Level rounding, RoundingMode roundingMode, String sellerCountry,
                           Set<String> reverseChargeCountries) {

    TaxPolicyProperties {
        priceMode = priceMode == null ? PriceMode.TAX_EXCLUSIVE : priceMode;
        rounding = rounding == null ? Rounding.Level.PER_ORDER : rounding;
        roundingMode = roundingMode == null ? RoundingMode.HALF_EVEN : roundingMode;
        reverseChargeCountries = reverseChargeCountries == null ? Set.of() : Set.copyOf(reverseChargeCountries);
    }
}
