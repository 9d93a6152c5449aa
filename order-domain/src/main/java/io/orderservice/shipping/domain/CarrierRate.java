package io.orderservice.shipping.domain;

import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.Money;
import java.util.Objects;

/** What one carrier's service asks to take a parcel, and how long it takes. */
public record CarrierRate(String carrier, String service, Money price, TransitTime transit) {

    public CarrierRate {
        if (carrier == null || carrier.isBlank() || service == null || service.isBlank()) {
            throw new InvalidValueException("a rate names its carrier and service");
        }
        Objects.requireNonNull(transit, "transit");
        if (price == null || price.isNegative()) {
            throw new InvalidValueException("a shipping price is zero or more");
        }
    }
}
