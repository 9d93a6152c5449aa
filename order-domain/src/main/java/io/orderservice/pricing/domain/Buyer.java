package io.orderservice.pricing.domain;

import io.orderservice.shared.CustomerId;
import io.orderservice.shared.InvalidValueException;
import java.util.Objects;
import java.util.Set;

/**
 * Who buys, as far as prices and taxes care.
 *
 * @param vatCountry the country of a business buyer's VAT registration, or null
 * @param segments   customer segments promotions may target (e.g. "vip", "staff")
 * @param exemption  a tax exemption certificate, or null
 */
public record Buyer(CustomerId id, boolean business, String vatCountry, Set<String> segments, TaxExemption exemption) {

    public Buyer {
        Objects.requireNonNull(id, "id");
        segments = segments == null ? Set.of() : Set.copyOf(segments);
        if (vatCountry != null && !vatCountry.matches("[A-Z]{2}")) {
            throw new InvalidValueException("a VAT registration country is an ISO 3166-1 alpha-2 code, not " + vatCountry);
        }
        if (segments.stream().anyMatch(segment -> segment.isBlank() || segment.length() > 64)) {
            throw new InvalidValueException("a customer segment has 1 to 64 characters");
        }
    }

    public static Buyer consumer(CustomerId id) {
        return new Buyer(id, false, null, Set.of(), null);
    }
}
