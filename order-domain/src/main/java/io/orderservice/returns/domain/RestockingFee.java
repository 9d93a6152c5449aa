package io.orderservice.returns.domain;

import io.orderservice.shared.InvalidValueException;

/**
 * The share of a return's lines the shop keeps when the return is not its fault (ADR 0034): 0 to 100 percent, rounded
 * down to the minor unit in the customer's favour ({@link ReturnRefund}).
 */
public record RestockingFee(int percent) {

    public RestockingFee {
        if (percent < 0 || percent > 100) {
            throw new InvalidValueException("a restocking fee is 0 to 100 %, was " + percent);
        }
    }
}
