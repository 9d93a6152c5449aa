package io.orderservice.ordering.application;

import io.orderservice.shared.Caller;
import io.orderservice.shared.CustomerId;
import io.orderservice.shared.Role;
import java.util.Set;

/** Callers as the web ring would read them from tokens. */
public final class Callers {

    private Callers() {
    }

    public static Caller staff(String subject, Role role) {
        return new Caller(subject, Set.of(role), null, Set.of());
    }

    public static Caller customer(CustomerId customer) {
        return new Caller(customer.value(), Set.of(Role.CUSTOMER), customer, Set.of());
    }
}
