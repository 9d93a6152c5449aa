package io.orderservice.pricing.domain;

import io.orderservice.shared.InvalidValueException;
import java.time.LocalDate;
import java.util.Objects;

/** A customer's certificate that exempts their purchases from tax (e.g. a reseller's), valid for a period. */
public record TaxExemption(String certificate, LocalDate validFrom, LocalDate validTo) {

    public TaxExemption {
        if (certificate == null || certificate.isBlank()) {
            throw new InvalidValueException("an exemption names its certificate");
        }
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validTo, "validTo");
        if (validTo.isBefore(validFrom)) {
            throw new InvalidValueException("an exemption ends after it starts");
        }
    }

    public boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && !day.isAfter(validTo);
    }
}
