package io.orderservice.pricing.domain;

import io.orderservice.shared.Address;
import io.orderservice.shared.InvalidValueException;
import java.util.Locale;

/**
 * Where a tax rule applies: a country, optionally one region (state, province) of it, optionally a range of
 * postal codes (compared as text of the same length, e.g. 90001 to 90099).
 *
 * @param name how tax lines call it, e.g. "California" or "Los Angeles County"
 */
public record Jurisdiction(String name, String countryCode, String region, String postalFrom, String postalTo) {

    public Jurisdiction {
        if (name == null || name.isBlank()) {
            throw new InvalidValueException("a jurisdiction has a name");
        }
        if (countryCode == null || !countryCode.matches("[A-Z]{2}")) {
            throw new InvalidValueException("a jurisdiction is in a country (ISO 3166-1 alpha-2), not " + countryCode);
        }
        if ((postalFrom == null) != (postalTo == null)) {
            throw new InvalidValueException("a postal code range has both ends");
        }
        if (postalFrom != null && postalFrom.compareTo(postalTo) > 0) {
            throw new InvalidValueException("postal code range " + postalFrom + "-" + postalTo + " is upside down");
        }
    }

    public static Jurisdiction country(String name, String countryCode) {
        return new Jurisdiction(name, countryCode, null, null, null);
    }

    public static Jurisdiction region(String name, String countryCode, String region) {
        return new Jurisdiction(name, countryCode, region, null, null);
    }

    public boolean covers(Address address) {
        if (!countryCode.equals(address.countryCode())) {
            return false;
        }
        if (region != null && (address.region() == null || !region.equalsIgnoreCase(address.region()))) {
            return false;
        }
        if (postalFrom == null) {
            return true;
        }
        var postal = address.postalCode().replace(" ", "").toUpperCase(Locale.ROOT);
        var from = postalFrom.replace(" ", "").toUpperCase(Locale.ROOT);
        if (postal.length() < from.length()) {
            return false;
        }
        var prefix = postal.substring(0, from.length());
        return prefix.compareTo(from) >= 0 && prefix.compareTo(postalTo.replace(" ", "").toUpperCase(Locale.ROOT)) <= 0;
    }
}
