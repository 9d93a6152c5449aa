package io.orderservice.ordering.domain;

import io.orderservice.ordering.domain.status.OrderAction;
import io.orderservice.ordering.domain.status.OrderStatus;
import java.time.Instant;
import java.util.Objects;

/**
 * One entry of an order's status history: from where to where, by which action, when, why and by whom.
 * The first entry of every order has no {@code from}: it records the placement.
 */
public record StatusChange(OrderStatus from, OrderStatus to, OrderAction action, String reason, Actor by, Instant at) {

    public StatusChange {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        if ((from == null) != (action == null)) {
            throw new IllegalArgumentException("only the placement entry has neither a from status nor an action");
        }
        if (reason != null && reason.length() > 500) {
            reason = reason.substring(0, 500);
        }
    }

    public boolean isPlacement() {
        return from == null;
    }
}
