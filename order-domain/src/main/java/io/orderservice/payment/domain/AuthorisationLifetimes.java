package io.orderservice.payment.domain;

import io.orderservice.shared.InvalidValueException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How long a gateway holds an authorisation before it lapses (card schemes: about 7 days for most cards, up to 30 for
 * some), and how long before that an uncaptured one is renewed. An order waiting for stock can outlive its
 * authorisation; a capture against a lapsed one is refused, and the goods would leave unpaid.
 *
 * @param standard    the lifetime of a gateway not named in {@code byGateway}
 * @param byGateway   lifetimes per gateway name
 * @param renewBefore how long before it lapses an authorisation is renewed; shorter than every lifetime
 */
public record AuthorisationLifetimes(Duration standard, Map<String, Duration> byGateway, Duration renewBefore) {

    public AuthorisationLifetimes {
        Objects.requireNonNull(standard, "standard");
        byGateway = byGateway == null ? Map.of() : Map.copyOf(byGateway);
        Objects.requireNonNull(renewBefore, "renewBefore");
        if (renewBefore.isNegative() || renewBefore.isZero()) {
            throw new InvalidValueException("authorisations are renewed some positive time before they lapse");
        }
        for (var lifetime : byGateway.values()) {
            requireLongerThan(lifetime, renewBefore);
        }
        requireLongerThan(standard, renewBefore);
    }

    private static void requireLongerThan(Duration lifetime, Duration renewBefore) {
        if (lifetime == null || lifetime.compareTo(renewBefore) <= 0) {
            throw new InvalidValueException("an authorisation's lifetime (" + lifetime
                    + ") must be longer than the time before its end when it is renewed (" + renewBefore + ")");
        }
    }

    public Duration of(String gateway) {
        return byGateway.getOrDefault(gateway, standard);
    }

    /** When the payment's current authorisation lapses; empty when none holds money. */
    public Optional<Instant> expiresAt(Payment payment) {
        if (payment.status() != PaymentStatus.AUTHORISED) {
            return Optional.empty();
        }
        return payment.authorisedAt().map(at -> at.plus(of(payment.gateway())));
    }

    /** Whether the payment's authorisation, uncaptured, lapses within {@code renewBefore} of {@code now} or has lapsed. */
    public boolean dueForRenewal(Payment payment, Instant now) {
        return expiresAt(payment).filter(expiry -> !now.isBefore(expiry.minus(renewBefore))).isPresent();
    }

    /** Authorisations on {@code gateway} given before this instant are due for renewal at {@code now}. */
    public Instant dueIfAuthorisedBefore(String gateway, Instant now) {
        return now.plus(renewBefore).minus(of(gateway));
    }
}
