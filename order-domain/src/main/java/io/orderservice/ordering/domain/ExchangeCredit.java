package io.orderservice.ordering.domain;

import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.Money;
import io.orderservice.shared.OrderId;
import java.util.Objects;
import java.util.UUID;

/**
 * What a return of another order pays of the order placed to replace its units (an exchange): the returned units'
 * value, up to the replacement's grand total; its payment method pays the rest ({@link Order#amountDue()}).
 *
 * @param returnId  the return it comes from
 * @param fromOrder the order that return is of
 */
public record ExchangeCredit(Money amount, UUID returnId, OrderId fromOrder) {

    public ExchangeCredit {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(returnId, "returnId");
        Objects.requireNonNull(fromOrder, "fromOrder");
        if (amount.isNegative()) {
            throw new InvalidValueException("an exchange's credit cannot be negative, not " + amount);
        }
    }

    ExchangeCredit cutTo(Money most) {
        return amount.isGreaterThan(most) ? new ExchangeCredit(most, returnId, fromOrder) : this;
    }
}
