package io.orderservice.ordering.domain;

import io.orderservice.shared.Caller;
import java.util.Objects;

/** Who caused a change: the customer, an operator, or the service itself reacting to an event. */
public record Actor(Kind kind, String id) {

    public enum Kind { CUSTOMER, OPERATOR, SYSTEM }

    private static final Actor SYSTEM = new Actor(Kind.SYSTEM, "order-service");

    public Actor {
        Objects.requireNonNull(kind, "kind");
        if (id == null || id.isBlank() || id.length() > 64) {
            throw new IllegalArgumentException("actor id must be 1-64 characters");
        }
    }

    public static Actor customer(String id) {
        return new Actor(Kind.CUSTOMER, id);
    }

    public static Actor operator(String id) {
        return new Actor(Kind.OPERATOR, id);
    }

    /**
     * Who a request's caller is in an order's history: the shop's staff as operators (their token's subject), a
     * customer or a storefront acting for one as that customer.
     */
    public static Actor of(Caller caller) {
        if (caller.reachesEveryCustomer() || caller.customer() == null) {
            return operator(caller.subject());
        }
        return customer(caller.customer().value());
    }

    public static Actor system() {
        return SYSTEM;
    }
}
