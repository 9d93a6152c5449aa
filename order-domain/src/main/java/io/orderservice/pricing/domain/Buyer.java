package io.orderservice.pricing.domain;

import io.orderservice.shared.CustomerId;
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
    }

    public static Buyer consumer(CustomerId id) {
        return new Buyer(id, false, null, Set.of(), null);
    }
}
