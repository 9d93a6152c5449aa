package io.orderservice.returns.domain;

import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.Sku;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The shop's rules for what may be sent back: the reasons a customer may give, how long after delivery, the SKUs that
 * are never taken back, each with why (final sale, hygiene), and whether a parcel still on its way may be.
 *
 * @param window         how long after its delivery a shipment may be returned
 * @param reasons        the reasons by code
 * @param notReturnable  SKUs never taken back, with the reason the customer is told
 * @param beforeDelivery whether a shipment that left but was not delivered yet may be returned (its window has not begun)
 */
public record ReturnPolicy(Duration window, Map<String, ReturnReason> reasons, Map<Sku, String> notReturnable,
                           boolean beforeDelivery) {

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

    /** Only delivered shipments are returned. */
    public ReturnPolicy(Duration window, Map<String, ReturnReason> reasons, Map<Sku, String> notReturnable) {
        this(window, reasons, notReturnable, false);
    }

    /** Whether a shipment delivered at {@code deliveredAt} may still be returned at {@code at}. */
    public boolean withinWindow(Instant deliveredAt, Instant at) {
        return !at.isAfter(deliveredAt.plus(window));
    }

    /** How long a shipment's window still runs at {@code at}: all of it while the shipment is on its way (null). */
    public Duration leftInWindow(Instant deliveredAt, Instant at) {
        return deliveredAt == null ? window : Duration.between(at, deliveredAt.plus(window));
    }
}
