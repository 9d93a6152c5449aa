package io.orderservice.risk.gateway;

import io.orderservice.ordering.application.port.out.AddressVerification;
import io.orderservice.shared.Address;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * The default address verification: postal codes are normalised (upper case, single spaces, the
 * country's usual spacing) and checked against the country's format, for the countries listed below.
 * Addresses in other countries pass with their postal code trimmed: no rule is better than a wrong one.
 * It cannot know whether a street exists; an address service behind {@link AddressVerification} can
 * ({@link AddressValidationApiVerification}).
 */
class PostalCodeAddressVerification implements AddressVerification {

    private record Format(Pattern pattern, String example, UnaryOperator<String> spacing) {
        Format(String regex, String example) {
            this(Pattern.compile(regex), example, code -> code);
        }
    }

    /** Inserts a space before the last {@code n} characters, as GB, CA and IE write their codes. */
    private static UnaryOperator<String> spaceBeforeLast(int n) {
        return code -> {
            var compact = code.replace(" ", "");
            return compact.length() > n ? compact.substring(0, compact.length() - n) + " " + compact.substring(compact.length() - n) : compact;
        };
    }

    /** Inserts the dash after {@code position} into a code of {@code length} characters written without it. */
    private static UnaryOperator<String> dashAfter(int position, int length) {
        return code -> code.length() == length && !code.contains("-")
                ? code.substring(0, position) + "-" + code.substring(position) : code;
    }

    private static final Map<String, Format> FORMATS = Map.ofEntries(
            Map.entry("GB", new Format(Pattern.compile("(GIR 0AA|[A-Z]{1,2}[0-9][0-9A-Z]? [0-9][A-Z]{2})"), "SW1A 1AA", spaceBeforeLast(3))),
            Map.entry("IE", new Format(Pattern.compile("([AC-FHKNPRTV-Y][0-9]{2}|D6W) [0-9AC-FHKNPRTV-Y]{4}"),
                    "D02 X285", spaceBeforeLast(4))),
            Map.entry("CA", new Format(Pattern.compile("[ABCEGHJ-NPRSTVXY][0-9][ABCEGHJ-NPRSTV-Z] [0-9][ABCEGHJ-NPRSTV-Z][0-9]"), "K1A 0B1", spaceBeforeLast(3))),
            Map.entry("NL", new Format(Pattern.compile("[1-9][0-9]{3} [A-Z]{2}"), "1012 AB", spaceBeforeLast(2))),
            Map.entry("US", new Format("[0-9]{5}(-[0-9]{4})?", "94105")),
            Map.entry("DE", new Format("[0-9]{5}", "10115")),
            Map.entry("FR", new Format("[0-9]{5}", "75001")),
            Map.entry("IT", new Format("[0-9]{5}", "00184")),
            Map.entry("ES", new Format("(0[1-9]|[1-4][0-9]|5[0-2])[0-9]{3}", "28013")),
            Map.entry("FI", new Format("[0-9]{5}", "00100")),
            Map.entry("SE", new Format(Pattern.compile("[1-9][0-9]{2} [0-9]{2}"), "114 55", spaceBeforeLast(2))),
            Map.entry("AT", new Format("[1-9][0-9]{3}", "1010")),
            Map.entry("BE", new Format("[1-9][0-9]{3}", "1000")),
            Map.entry("CH", new Format("[1-9][0-9]{3}", "8001")),
            Map.entry("DK", new Format("[1-9][0-9]{3}", "1050")),
            Map.entry("NO", new Format("[0-9]{4}", "0150")),
            Map.entry("AU", new Format("[0-9]{4}", "2000")),
            Map.entry("PL", new Format(Pattern.compile("[0-9]{2}-[0-9]{3}"), "00-950", dashAfter(2, 5))),
            Map.entry("PT", new Format("[1-9][0-9]{3}-[0-9]{3}", "1100-148")),
            Map.entry("JP", new Format(Pattern.compile("[0-9]{3}-[0-9]{4}"), "100-0001", dashAfter(3, 7))),
            Map.entry("BR", new Format(Pattern.compile("[0-9]{5}-[0-9]{3}"), "01310-100", dashAfter(5, 8))),
            Map.entry("IN", new Format("[1-9][0-9]{5}", "110001")));

    @Override
    public AddressCheck verify(Address address) {
        var format = FORMATS.get(address.countryCode());
        var code = address.postalCode().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        if (format == null) {
            return new Deliverable(withPostalCode(address, code));
        }
        var normalised = format.spacing().apply(code);
        if (!format.pattern().matcher(normalised).matches()) {
            return new Undeliverable(List.of(new Problem("shippingAddress.postalCode", "'" + address.postalCode()
                    + "' is not a postal code of " + new Locale("", address.countryCode()).getDisplayCountry(Locale.ENGLISH)
                    + " (e.g. " + format.example() + ")")));
        }
        return new Deliverable(withPostalCode(address, normalised));
    }

    private static Address withPostalCode(Address address, String postalCode) {
        return new Address(address.recipient(), address.line1(), address.line2(), address.city(), address.region(),
                postalCode, address.countryCode());
    }
}
