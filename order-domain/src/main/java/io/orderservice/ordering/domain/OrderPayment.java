package io.orderservice.ordering.domain;

import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.Money;
import java.util.Currency;
import java.util.Objects;

/**
 * What an order knows of its money: the gateway's authorisation reference (null until authorised), how
 * much was captured and refunded so far, and whether the customer disputed the charge. The payment
 * capability owns the details; the order keeps what its customer and its operators ask about.
 */
public record OrderPayment(String reference, Money captured, Money refunded, boolean disputed) {

    public OrderPayment {
        Objects.requireNonNull(captured, "captured");
        Objects.requireNonNull(refunded, "refunded");
        if (!captured.currency().equals(refunded.currency())) {
            throw new InvalidValueException("captured and refunded amounts must be in one currency");
        }
        if (captured.isNegative() || refunded.isNegative() || refunded.isGreaterThan(captured)) {
            throw new InvalidValueException("an order's refunds cannot exceed what was captured");
        }
    }

    public static OrderPayment none(Currency currency) {
        return new OrderPayment(null, Money.zero(currency), Money.zero(currency), false);
    }

    OrderPayment authorised(String authorisationReference) {
        return new OrderPayment(authorisationReference, captured, refunded, disputed);
    }

    OrderPayment withCaptured(Money amount) {
        return new OrderPayment(reference, amount, refunded, disputed);
    }

    OrderPayment withRefunded(Money total) {
        return new OrderPayment(reference, captured, total, disputed);
    }

    OrderPayment asDisputed() {
        return new OrderPayment(reference, captured, refunded, true);
    }
}
