package io.orderservice.ordering.application.port.out;

import io.orderservice.shared.Address;
import java.util.List;
import java.util.Objects;

/**
 * Checks that an order can be delivered to an address, and returns it in the form carriers expect
 * (e.g. "n19gu" becomes "N1 9GU"). The default adapter checks country-specific postal-code formats;
 * an address service (over HTTP) can take its place behind this port.
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

    record Problem(String field, String message) {
    }
}
