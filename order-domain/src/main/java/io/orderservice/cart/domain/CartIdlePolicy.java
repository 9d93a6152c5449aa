package io.orderservice.cart.domain;

import io.orderservice.shared.InvalidValueException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How long carts may be left alone, set by the shop ({@code order-service.carts}, docs/carts.md): an open cart is found
 * abandoned after {@code abandonedAfter}, an anonymous cart expires after {@code anonymousExpireAfter}, any cart is
 * purged after {@code purgeAfter}; a checkout that stored no order within {@code checkoutStalledAfter} (its process
 * died before the placement stored it) gives its cart back to the shopper.
 */
public record CartIdlePolicy(Duration abandonedAfter, Duration anonymousExpireAfter, Duration purgeAfter,
                             Duration checkoutStalledAfter) {

    public static final CartIdlePolicy DEFAULT = new CartIdlePolicy(Duration.ofHours(4), Duration.ofDays(7), Duration.ofDays(90),
            Duration.ofMinutes(10));

    public CartIdlePolicy {
        Objects.requireNonNull(abandonedAfter, "abandonedAfter");
        Objects.requireNonNull(anonymousExpireAfter, "anonymousExpireAfter");
        Objects.requireNonNull(purgeAfter, "purgeAfter");
        Objects.requireNonNull(checkoutStalledAfter, "checkoutStalledAfter");
        if (abandonedAfter.isNegative() || abandonedAfter.isZero() || anonymousExpireAfter.compareTo(abandonedAfter) <= 0
                || purgeAfter.compareTo(anonymousExpireAfter) < 0) {
            throw new InvalidValueException("cart idle times must grow: abandoned, then anonymous carts expire, then purged");
        }
        // Shorter than a placement can take before it stores its order, a live checkout would lose its cart.
        if (checkoutStalledAfter.compareTo(Duration.ofMinutes(1)) < 0) {
            throw new InvalidValueException("a checkout may be found stalled after a minute at the earliest");
        }
    }

    /** A checkout begun before this that stored no order has stalled at {@code now}. */
    public Instant checkoutStalledIfBegunBefore(Instant now) {
        return now.minus(checkoutStalledAfter);
    }

    /** Carts changed before this are abandoned at {@code now}. */
    public Instant abandonedIfChangedBefore(Instant now) {
        return now.minus(abandonedAfter);
    }

    public Instant anonymousExpiredIfChangedBefore(Instant now) {
        return now.minus(anonymousExpireAfter);
    }

    public Instant purgedIfChangedBefore(Instant now) {
        return now.minus(purgeAfter);
    }
}
