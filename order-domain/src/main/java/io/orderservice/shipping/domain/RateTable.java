package io.orderservice.shipping.domain;

import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.Money;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A carrier's prices for one service to one zone (a set of countries) in one currency: bands by weight and goods
 * value, the first band that takes the parcel prices it, and shipping is free from a goods value if the table says.
 *
 * @param freeFrom the goods value from which shipping is free, or null
 */
public record RateTable(String carrier, String service, Set<String> countries, Currency currency, List<RateBand> bands,
                        Money freeFrom, TransitTime transit) {

    public RateTable {
        if (carrier == null || carrier.isBlank() || service == null || service.isBlank()) {
            throw new InvalidValueException("a rate table names its carrier and service");
        }
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(transit, "transit");
        countries = Set.copyOf(countries);
        bands = List.copyOf(bands);
        if (countries.isEmpty() || bands.isEmpty()) {
            throw new InvalidValueException("a rate table covers at least one country with at least one band");
        }
        if (bands.stream().anyMatch(band -> !band.price().currency().equals(currency))
                || (freeFrom != null && !freeFrom.currency().equals(currency))) {
            throw new InvalidValueException("a rate table's amounts are all in " + currency);
        }
    }

    /** What this service asks for the parcel; empty when it does not go there, not in that currency, or no band takes it. */
    public Optional<CarrierRate> rateFor(Parcel parcel) {
        if (!countries.contains(parcel.destination().countryCode()) || !parcel.goodsValue().currency().equals(currency)) {
            return Optional.empty();
        }
        return bands.stream().filter(band -> band.takes(parcel)).findFirst().map(band -> {
            var free = freeFrom != null && !freeFrom.isGreaterThan(parcel.goodsValue());
            return new CarrierRate(carrier, service, free ? Money.zero(currency) : band.price(), transit);
        });
    }
}
