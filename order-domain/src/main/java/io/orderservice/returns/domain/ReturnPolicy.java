package io.orderservice.returns.domain;

import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.Sku;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The shop's rules for what may be sent back: the reasons a customer may give, how long after delivery, and the SKUs
 * that are never taken back, each with why (final sale, hygiene).
 *
 * @param window        how long after its delivery a shipment may be returned
 * @param reasons       the reasons by code
 * @param notReturnable SKUs never taken back, with the reason the customer is told
 */
public record ReturnPolicy(Duration window, Map<String, ReturnReason> reasons, Map<Sku, String> notReturnable) {

    public ReturnPolicy {
        Objects.requireNonNull(window, "window");
        if (window.isNegative() || window.isZero()) {
            throw new InvalidValueException("a return window is positive, was " + window);
        }
        reasons = Map.copyOf(reasons);
        if (reasons.isEmpty()) {
            throw new InvalidValueException("a return policy names at least one reason");
        }
        reasons.forEach((code, reason) -> {
            if (!code.equals(reason.code())) {
                throw new InvalidValueException("return reason " + reason.code() + " is listed as " + code);
            }
        });
        notReturnable = Map.copyOf(notReturnable);
    }

    /** @throws InvalidValueException for a code the shop does not list */
    public ReturnReason reason(String code) {
        var reason = reasons.get(code);
        if (reason == null) {
            throw new InvalidValueException("unknown return reason " + code + "; one of " + reasons.keySet().stream().sorted().toList());
        }
        return reason;
    }

    /** Why the SKU is never taken back, if it is not. */
    public Optional<String> whyNotReturnable(Sku sku) {
        return Optional.ofNullable(notReturnable.get(sku));
    }

    /** Whether a shipment delivered at {@code deliveredAt} may still be returned at {@code at}. */
    public boolean withinWindow(Instant deliveredAt, Instant at) {
        return !at.isAfter(deliveredAt.plus(window));
    }
}
