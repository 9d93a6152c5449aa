package io.orderservice.ordering.domain;

import io.orderservice.shared.AccessRefusedException;
import io.orderservice.shared.Caller;
import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.Money;
import io.orderservice.shared.Role;
import java.util.Currency;
import java.util.Map;

/**
 * How much money support may give back on its own: up to {@code supportLimits} per refund in its currency; a support
 * lead any amount. A currency without a limit needs a lead for every refund, so a shop that starts selling in a new
 * currency does not hand support an unlimited purse by omission.
 */
public record RefundLimits(Map<Currency, Money> supportLimits) {

    public RefundLimits {
        supportLimits = supportLimits == null ? Map.of() : Map.copyOf(supportLimits);
        supportLimits.forEach((currency, limit) -> {
            if (!limit.currency().equals(currency) || limit.isNegative()) {
                throw new InvalidValueException("a refund limit is an amount of at least zero in its own currency");
            }
        });
    }

    /** @throws AccessRefusedException when {@code caller} may not give {@code amount} back */
    public void check(Caller caller, Money amount) {
        if (caller.hasRole(Role.SUPPORT_LEAD)) {
            return;
        }
        var limit = supportLimits.get(amount.currency());
        if (limit == null || amount.isGreaterThan(limit)) {
            throw new AccessRefusedException("a refund of " + amount + " is above support's limit of "
                    + (limit == null ? "nothing in " + amount.currency() : limit) + ": a support lead gives it");
        }
    }
}
