package io.orderservice.ordering.application.port.out;

import io.orderservice.shared.Address;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Checks that an order can be delivered to an address, and returns it in the form carriers expect
 * (e.g. "n19gu" becomes "N1 9GU"). The default adapter checks country-specific postal-code formats;
 * an address service (over HTTP) can take its place behind this port (docs/adapters/address-verification.md).
 * <p>
 * What every adapter promises (the kit {@code AddressVerificationContract} checks it): the normalised form keeps the
 * recipient and the country, and is deliverable as it is (verifying it again answers it unchanged); an undeliverable
 * address names each field to fix as {@code shippingAddress.<field>}; and a service that cannot answer now (down, too
 * slow, rate-limiting, an answer the adapter cannot read) lets the address pass as written, never refuses it nor
 * throws: an outage of an address service must not stop the shop taking orders, and the carrier checks the address
 * again when it prints the label.
 */
public interface AddressVerification {

    AddressCheck verify(Address address);

    sealed interface AddressCheck permits Deliverable, Undeliverable {
    }

    /** Deliverable, as {@code normalised}. */
    record Deliverable(Address normalised) implements AddressCheck {
        public Deliverable {
            Objects.requireNonNull(normalised, "normalised");
        }
    }

    /** Not deliverable; {@code problems} say why, one per field, for the customer to fix. */
    record Undeliverable(List<Problem> problems) implements AddressCheck {
        public Undeliverable {
            problems = List.copyOf(problems);
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("an undeliverable address has at least one problem");
            }
        }
    }

    /** @param field the request's field to fix, as {@code shippingAddress.postalCode} */
    record Problem(String field, String message) {

        /** The fields a problem may name. */
        public static final Set<String> FIELDS = Set.of("shippingAddress.recipient",
                "shippingAddress.line1", "shippingAddress.line2", "shippingAddress.city", "shippingAddress.region",
                "shippingAddress.postalCode", "shippingAddress.countryCode");
    }
}
