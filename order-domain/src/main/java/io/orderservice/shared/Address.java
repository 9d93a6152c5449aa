package io.orderservice.shared;

import java.util.Locale;
import java.util.Set;

/**
 * A postal address. Checks its shape only; whether it is deliverable is an address-verification
 * question answered outside the domain.
 */
public record Address(String recipient, String line1, String line2, String city, String region,
                      String postalCode, String countryCode) {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    public Address {
        recipient = required("recipient", recipient, 200);
        line1 = required("line1", line1, 200);
        line2 = optional("line2", line2, 200);
        city = required("city", city, 100);
        region = optional("region", region, 100);
        postalCode = required("postalCode", postalCode, 20);
        countryCode = required("countryCode", countryCode, 2).toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(countryCode)) {
            throw new InvalidValueException("countryCode '" + countryCode + "' is not an ISO 3166-1 alpha-2 code");
        }
    }

    private static String required(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(field + " must not be blank");
        }
        return optional(field, value, maxLength);
    }

    private static String optional(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        var trimmed = value.strip();
        if (trimmed.length() > maxLength) {
            throw new InvalidValueException(field + " must be at most " + maxLength + " characters");
        }
        return trimmed;
    }
}
