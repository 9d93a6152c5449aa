package io.orderservice.shared;

import java.util.regex.Pattern;

/** Stock keeping unit: the catalog's, inventory's and ordering's common name for a product variant. */
public record Sku(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    public Sku {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidValueException("SKU '" + value + "' must be 1-64 letters, digits, '.', '_' or '-'");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
