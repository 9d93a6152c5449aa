package io.orderservice.ordering.domain.saga;

import io.orderservice.shared.InvalidValueException;
import java.time.Duration;
import java.util.Objects;

/**
 * How long an order whose payment was declined, or waits for the customer's confirmation, keeps its stock: the units
 * are held for no one else meanwhile, so a client placing orders with tokens that decline could hold every unit.
 * <ul>
 *   <li>A customer who has paid for an order before keeps the whole payment window ({@link SagaPolicy}).</li>
 *   <li>Anyone else keeps it for {@code unpaidHold} at most, shorter than the window.</li>
 *   <li>No one keeps it when the customer, the payment token or the shipping address already has as many orders holding
 *       stock unpaid as its bound allows: the placement fails at once and its stock goes back.</li>
 * </ul>
 *
 * @param unpaidHold          the hold of a customer who has not paid for an order before
 * @param perCustomer         orders one customer may have holding stock unpaid at a time
 * @param perPaymentToken     … one payment token
 * @param perShippingAddress  … one shipping address
 */
public record UnpaidHoldPolicy(Duration unpaidHold, int perCustomer, int perPaymentToken, int perShippingAddress) {

    public UnpaidHoldPolicy {
        Objects.requireNonNull(unpaidHold, "unpaidHold");
        if (unpaidHold.isNegative() || unpaidHold.isZero()) {
            throw new InvalidValueException("an unpaid order holds its stock for some time, not " + unpaidHold);
        }
        if (perCustomer < 1 || perPaymentToken < 1 || perShippingAddress < 1) {
            throw new InvalidValueException("each bound on unpaid holds allows at least one order");
        }
    }

    /**
     * The orders other than this one that hold stock unpaid, by what they share with it, and whether its customer has
     * paid for an order before.
     */
    public record UnpaidHolds(int byCustomer, int byPaymentToken, int byShippingAddress, boolean customerPaidBefore) {
    }

    /**
     * How long this order may keep its stock while its payment waits: zero when a bound is reached.
     *
     * @param window the payment window of the placement policy
     */
    public Duration holdFor(UnpaidHolds others, Duration window) {
        if (others.byCustomer() >= perCustomer || others.byPaymentToken() >= perPaymentToken
                || others.byShippingAddress() >= perShippingAddress) {
            return Duration.ZERO;
        }
        return others.customerPaidBefore() || window.compareTo(unpaidHold) <= 0 ? window : unpaidHold;
    }

    /** Which bound this order reached, for the refusal; empty text when none. */
    public String boundReached(UnpaidHolds others) {
        if (others.byCustomer() >= perCustomer) {
            return "the customer has " + others.byCustomer() + " unpaid order(s) holding stock already";
        }
        if (others.byPaymentToken() >= perPaymentToken) {
            return "the payment method has " + others.byPaymentToken() + " unpaid order(s) holding stock already";
        }
        if (others.byShippingAddress() >= perShippingAddress) {
            return "the shipping address has " + others.byShippingAddress() + " unpaid order(s) holding stock already";
        }
        return "";
    }
}
